using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The UniqueTypeNamesRule cases of graphql-js's validation tests, ported one by one under their own names; expected errors are
/// graphql-js 17.1.0's (messages and locations).
/// </summary>
public sealed class UniqueTypeNamesRuleTests : ValidationHarness
{
    private const string Schema1 = """
        type Foo
        """;

    private const string Schema2 = """
        directive @Foo on SCHEMA
        """;

    protected override IValidationRule Rule { get; } = new UniqueTypeNamesRule();

    /// <summary>Validate: Unique type names no types</summary>
    [Fact]
    public void NoTypes() => ExpectSdlValid(
            null,
            """

                  directive @test on SCHEMA
            """);

    /// <summary>Validate: Unique type names one type</summary>
    [Fact]
    public void OneType() => ExpectSdlValid(
            null,
            """

                  type Foo
            """);

    /// <summary>Validate: Unique type names many types</summary>
    [Fact]
    public void ManyTypes() => ExpectSdlValid(
            null,
            """

                  type Foo
                  type Bar
                  type Baz
            """);

    /// <summary>Validate: Unique type names type and non-type definitions named the same</summary>
    [Fact]
    public void TypeAndNonTypeDefinitionsNamedTheSame() => ExpectSdlValid(
            null,
            """

                  query Foo { __typename }
                  fragment Foo on Query { __typename }
                  directive @Foo on SCHEMA

                  type Foo
            """);

    /// <summary>Validate: Unique type names types named the same</summary>
    [Fact]
    public void TypesNamedTheSame() => ExpectSdlErrors(
            null,
            """

                  type Foo

                  scalar Foo
                  type Foo
                  interface Foo
                  union Foo
                  enum Foo
                  input Foo
            """,
            Error("There can be only one type named \"Foo\".", (2, 12), (4, 14)),
            Error("There can be only one type named \"Foo\".", (2, 12), (5, 12)),
            Error("There can be only one type named \"Foo\".", (2, 12), (6, 17)),
            Error("There can be only one type named \"Foo\".", (2, 12), (7, 13)),
            Error("There can be only one type named \"Foo\".", (2, 12), (8, 12)),
            Error("There can be only one type named \"Foo\".", (2, 12), (9, 13)));

    /// <summary>Validate: Unique type names adding new type to existing schema</summary>
    [Fact]
    public void AddingNewTypeToExistingSchema() => ExpectSdlValid(
            Schema1,
            """
            type Bar
            """);

    /// <summary>Validate: Unique type names adding new type to existing schema with same-named directive</summary>
    [Fact]
    public void AddingNewTypeToExistingSchemaWithSameNamedDirective() => ExpectSdlValid(
            Schema2,
            """
            type Foo
            """);

    /// <summary>Validate: Unique type names adding conflicting types to existing schema</summary>
    [Fact]
    public void AddingConflictingTypesToExistingSchema() => ExpectSdlErrors(
            Schema1,
            """

                  scalar Foo
                  type Foo
                  interface Foo
                  union Foo
                  enum Foo
                  input Foo
            """,
            Error("Type \"Foo\" already exists in the schema. It cannot also be defined in this type definition.", (2, 14)),
            Error("Type \"Foo\" already exists in the schema. It cannot also be defined in this type definition.", (3, 12)),
            Error("Type \"Foo\" already exists in the schema. It cannot also be defined in this type definition.", (4, 17)),
            Error("Type \"Foo\" already exists in the schema. It cannot also be defined in this type definition.", (5, 13)),
            Error("Type \"Foo\" already exists in the schema. It cannot also be defined in this type definition.", (6, 12)),
            Error("Type \"Foo\" already exists in the schema. It cannot also be defined in this type definition.", (7, 13)));
}
