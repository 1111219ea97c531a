using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The OverlappingFieldsCanBeMergedRule cases of graphql-js's validation tests, ported one by one under their own names; expected errors are
/// graphql-js 17.1.0's (messages and locations).
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

    /// <summary>Validate: Overlapping fields can be merged stream directive used on different instances of the same field</summary>
    [Fact]
    public void StreamDirectiveUsedOnDifferentInstancesOfTheSameField() => ExpectErrors(
            """

                  fragment differentDirectivesWithDifferentAliases on Dog {
                    name @stream(label: "streamLabel", initialCount: 1)
                    name @stream(label: "streamLabel", initialCount: 1)
                  }
            """,
            Error("Fields \"name\" conflict because they have overlapping stream directives. See https://github.com/graphql/defer-stream-wg/discussions/100. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));

    /// <summary>Validate: Overlapping fields can be merged different stream directive label</summary>
    [Fact]
    public void DifferentStreamDirectiveLabel() => ExpectErrors(
            """

                  fragment conflictingArgs on Dog {
                    name @stream(label: "streamLabel", initialCount: 1)
                    name @stream(label: "anotherLabel", initialCount: 1)
                  }
            """,
            Error("Fields \"name\" conflict because they have overlapping stream directives. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));

    /// <summary>Validate: Overlapping fields can be merged different stream directive initialCount</summary>
    [Fact]
    public void DifferentStreamDirectiveInitialCount() => ExpectErrors(
            """

                  fragment conflictingArgs on Dog {
                    name @stream(label: "streamLabel", initialCount: 1)
                    name @stream(label: "streamLabel", initialCount: 2)
                  }
            """,
            Error("Fields \"name\" conflict because they have overlapping stream directives. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));

    /// <summary>Validate: Overlapping fields can be merged different stream directive first missing args</summary>
    [Fact]
    public void DifferentStreamDirectiveFirstMissingArgs() => ExpectErrors(
            """

                  fragment conflictingArgs on Dog {
                    name @stream
                    name @stream(label: "streamLabel", initialCount: 1)
                  }
            """,
            Error("Fields \"name\" conflict because they have overlapping stream directives. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));

    /// <summary>Validate: Overlapping fields can be merged different stream directive second missing args</summary>
    [Fact]
    public void DifferentStreamDirectiveSecondMissingArgs() => ExpectErrors(
            """

                  fragment conflictingArgs on Dog {
                    name @stream(label: "streamLabel", initialCount: 1)
                    name @stream
                  }
            """,
            Error("Fields \"name\" conflict because they have overlapping stream directives. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));

    /// <summary>Validate: Overlapping fields can be merged different stream directive extra argument</summary>
    [Fact]
    public void DifferentStreamDirectiveExtraArgument() => ExpectErrors(
            """

                  fragment conflictingArgs on Dog {
                    name @stream(label: "streamLabel", initialCount: 1)
                    name @stream(label: "streamLabel", initialCount: 1, extraArg: true)
                  }
            """,
            Error("Fields \"name\" conflict because they have overlapping stream directives. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));

    /// <summary>Validate: Overlapping fields can be merged mix of stream and no stream</summary>
    [Fact]
    public void MixOfStreamAndNoStream() => ExpectErrors(
            """

                  fragment conflictingArgs on Dog {
                    name @stream
                    name
                  }
            """,
            Error("Fields \"name\" conflict because they have overlapping stream directives. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));

    /// <summary>Validate: Overlapping fields can be merged different stream directive both missing args</summary>
    [Fact]
    public void DifferentStreamDirectiveBothMissingArgs() => ExpectErrors(
            """

                  fragment conflictingArgs on Dog {
                    name @stream
                    name @stream
                  }
            """,
            Error("Fields \"name\" conflict because they have overlapping stream directives. See https://github.com/graphql/defer-stream-wg/discussions/100. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));

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
}
