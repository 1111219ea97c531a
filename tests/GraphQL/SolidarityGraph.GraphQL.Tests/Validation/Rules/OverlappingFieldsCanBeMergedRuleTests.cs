using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The OverlappingFieldsCanBeMergedRule cases of graphql-js's validation tests, ported one by one under their own names; expected errors are
/// graphql-js 17.1.0's (messages and locations). The nested <c>describe('return types must be unambiguous')</c> has its
/// own file; the many top-level cases are split by subject (<c>@stream</c>, conflicts through fragments, recursive fragments).
/// </summary>
public sealed partial class OverlappingFieldsCanBeMergedRuleTests : ValidationHarness
{
    private const string Schema1 = """
        type Query {
          someField(a: String, b: String): String
        }
        """;

    private const string Schema2 = """
        input SomeInput {
          a: String
          b: String
        }

        type Query {
          someField(arg: SomeInput): String
        }
        """;

    private const string Schema3 = """
        interface SomeBox {
          deepBox: SomeBox
          unrelatedField: String
        }

        type StringBox implements SomeBox {
          scalar: String
          deepBox: StringBox
          unrelatedField: String
          listStringBox: [StringBox]
          stringBox: StringBox
          intBox: IntBox
        }

        type IntBox implements SomeBox {
          scalar: Int
          deepBox: IntBox
          unrelatedField: String
          listStringBox: [StringBox]
          stringBox: StringBox
          intBox: IntBox
        }

        interface NonNullStringBox1 {
          scalar: String!
        }

        type NonNullStringBox1Impl implements SomeBox & NonNullStringBox1 {
          scalar: String!
          unrelatedField: String
          deepBox: SomeBox
        }

        interface NonNullStringBox2 {
          scalar: String!
        }

        type NonNullStringBox2Impl implements SomeBox & NonNullStringBox2 {
          scalar: String!
          unrelatedField: String
          deepBox: SomeBox
        }

        type Connection {
          edges: [Edge]
        }

        type Edge {
          node: Node
        }

        type Node {
          id: ID
          name: String
        }

        type Query {
          someBox: SomeBox
          connection: Connection
        }
        """;

    private const string Schema4 = """
        type Foo {
          constructor: String
        }

        type Query {
          foo: Foo
        }
        """;

    protected override IValidationRule Rule { get; } = new OverlappingFieldsCanBeMergedRule();

    /// <summary>Validate: Overlapping fields can be merged unique fields</summary>
    [Fact]
    public void UniqueFields() => ExpectValid(
            """

                  fragment uniqueFields on Dog {
                    name
                    nickname
                  }
            """);

    /// <summary>Validate: Overlapping fields can be merged identical fields</summary>
    [Fact]
    public void IdenticalFields() => ExpectValid(
            """

                  fragment mergeIdenticalFields on Dog {
                    name
                    name
                  }
            """);

    /// <summary>Validate: Overlapping fields can be merged identical fields with identical args</summary>
    [Fact]
    public void IdenticalFieldsWithIdenticalArgs() => ExpectValid(
            """

                  fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
                    doesKnowCommand(dogCommand: SIT)
                    doesKnowCommand(dogCommand: SIT)
                  }
            """);

    /// <summary>Validate: Overlapping fields can be merged identical fields with identical directives</summary>
    [Fact]
    public void IdenticalFieldsWithIdenticalDirectives() => ExpectValid(
            """

                  fragment mergeSameFieldsWithSameDirectives on Dog {
                    name @include(if: true)
                    name @include(if: true)
                  }
            """);

    /// <summary>Validate: Overlapping fields can be merged different args with different aliases</summary>
    [Fact]
    public void DifferentArgsWithDifferentAliases() => ExpectValid(
            """

                  fragment differentArgsWithDifferentAliases on Dog {
                    knowsSit: doesKnowCommand(dogCommand: SIT)
                    knowsDown: doesKnowCommand(dogCommand: DOWN)
                  }
            """);

    /// <summary>Validate: Overlapping fields can be merged different directives with different aliases</summary>
    [Fact]
    public void DifferentDirectivesWithDifferentAliases() => ExpectValid(
            """

                  fragment differentDirectivesWithDifferentAliases on Dog {
                    nameIfTrue: name @include(if: true)
                    nameIfFalse: name @include(if: false)
                  }
            """);

    /// <summary>Validate: Overlapping fields can be merged different skip/include directives accepted</summary>
    [Fact]
    public void DifferentSkipIncludeDirectivesAccepted() => ExpectValid(
            """

                  fragment differentDirectivesWithDifferentAliases on Dog {
                    name @include(if: true)
                    name @include(if: false)
                  }
            """);

    /// <summary>Validate: Overlapping fields can be merged Same aliases with different field targets</summary>
    [Fact]
    public void SameAliasesWithDifferentFieldTargets() => ExpectErrors(
            """

                  fragment sameAliasesWithDifferentFieldTargets on Dog {
                    fido: name
                    fido: nickname
                  }
            """,
            Error("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));

    /// <summary>Validate: Overlapping fields can be merged Same aliases allowed on non-overlapping fields</summary>
    [Fact]
    public void SameAliasesAllowedOnNonOverlappingFields() => ExpectValid(
            """

                  fragment sameAliasesWithDifferentFieldTargets on Pet {
                    ... on Dog {
                      name
                    }
                    ... on Cat {
                      name: nickname
                    }
                  }
            """);

    /// <summary>Validate: Overlapping fields can be merged Alias masking direct field access</summary>
    [Fact]
    public void AliasMaskingDirectFieldAccess() => ExpectErrors(
            """

                  fragment aliasMaskingDirectFieldAccess on Dog {
                    name: nickname
                    name
                  }
            """,
            Error("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));

    /// <summary>Validate: Overlapping fields can be merged different args, second adds an argument</summary>
    [Fact]
    public void DifferentArgsSecondAddsAnArgument() => ExpectErrors(
            """

                  fragment conflictingArgs on Dog {
                    doesKnowCommand
                    doesKnowCommand(dogCommand: HEEL)
                  }
            """,
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));

    /// <summary>Validate: Overlapping fields can be merged different args, second missing an argument</summary>
    [Fact]
    public void DifferentArgsSecondMissingAnArgument() => ExpectErrors(
            """

                  fragment conflictingArgs on Dog {
                    doesKnowCommand(dogCommand: SIT)
                    doesKnowCommand
                  }
            """,
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));

    /// <summary>Validate: Overlapping fields can be merged conflicting arg values</summary>
    [Fact]
    public void ConflictingArgValues() => ExpectErrors(
            """

                  fragment conflictingArgs on Dog {
                    doesKnowCommand(dogCommand: SIT)
                    doesKnowCommand(dogCommand: HEEL)
                  }
            """,
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));

    /// <summary>Validate: Overlapping fields can be merged conflicting arg names</summary>
    [Fact]
    public void ConflictingArgNames() => ExpectErrors(
            """

                  fragment conflictingArgs on Dog {
                    isAtLocation(x: 0)
                    isAtLocation(y: 0)
                  }
            """,
            Error("Fields \"isAtLocation\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));

    /// <summary>Validate: Overlapping fields can be merged allows different args where no conflict is possible</summary>
    [Fact]
    public void AllowsDifferentArgsWhereNoConflictIsPossible() => ExpectValid(
            """

                  fragment conflictingArgs on Pet {
                    ... on Dog {
                      name(surname: true)
                    }
                    ... on Cat {
                      name
                    }
                  }
            """);

    /// <summary>Validate: Overlapping fields can be merged allows different order of args</summary>
    [Fact]
    public void AllowsDifferentOrderOfArgs() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                    {
                      someField(a: null, b: null)
                      someField(b: null, a: null)
                    }
            """);

    /// <summary>Validate: Overlapping fields can be merged allows different order of input object fields in arg values</summary>
    [Fact]
    public void AllowsDifferentOrderOfInputObjectFieldsInArgValues() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema2 },
            """

                    {
                      someField(arg: { a: null, b: null })
                      someField(arg: { b: null, a: null })
                    }
            """);
}
