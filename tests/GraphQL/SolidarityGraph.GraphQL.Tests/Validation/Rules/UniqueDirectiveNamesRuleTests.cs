using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The UniqueDirectiveNamesRule cases of graphql-js's validation tests, ported one by one under their own names; expected errors are
/// graphql-js 17.1.0's (messages and locations).
/// </summary>
public sealed class UniqueDirectiveNamesRuleTests : ValidationHarness
{
    private const string Schema1 = """
        directive @foo on SCHEMA
        """;

    private const string Schema2 = """
        type foo
        """;

    protected override IValidationRule Rule { get; } = new UniqueDirectiveNamesRule();

    /// <summary>Validate: Unique directive names no directive</summary>
    [Fact]
    public void NoDirective() => ExpectSdlValid(
            null,
            """

                  type Foo
            """);

    /// <summary>Validate: Unique directive names one directive</summary>
    [Fact]
    public void OneDirective() => ExpectSdlValid(
            null,
            """

                  directive @foo on SCHEMA
            """);

    /// <summary>Validate: Unique directive names many directives</summary>
    [Fact]
    public void ManyDirectives() => ExpectSdlValid(
            null,
            """

                  directive @foo on SCHEMA
                  directive @bar on SCHEMA
                  directive @baz on SCHEMA
            """);

    /// <summary>Validate: Unique directive names directive and non-directive definitions named the same</summary>
    [Fact]
    public void DirectiveAndNonDirectiveDefinitionsNamedTheSame() => ExpectSdlValid(
            null,
            """

                  query foo { __typename }
                  fragment foo on foo { __typename }
                  type foo

                  directive @foo on SCHEMA
            """);

    /// <summary>Validate: Unique directive names directives named the same</summary>
    [Fact]
    public void DirectivesNamedTheSame() => ExpectSdlErrors(
            null,
            """

                  directive @foo on SCHEMA

                  directive @foo on SCHEMA
            """,
            Error("There can be only one directive named \"@foo\".", (2, 18), (4, 18)));

    /// <summary>Validate: Unique directive names adding new directive to existing schema</summary>
    [Fact]
    public void AddingNewDirectiveToExistingSchema() => ExpectSdlValid(
            Schema1,
            """
            directive @bar on SCHEMA
            """);

    /// <summary>Validate: Unique directive names adding new directive with standard name to existing schema</summary>
    [Fact]
    public void AddingNewDirectiveWithStandardNameToExistingSchema() => ExpectSdlErrors(
            Schema2,
            """
            directive @skip on SCHEMA
            """,
            Error("Directive \"@skip\" already exists in the schema. It cannot be redefined.", (1, 12)));

    /// <summary>Validate: Unique directive names adding new directive to existing schema with same-named type</summary>
    [Fact]
    public void AddingNewDirectiveToExistingSchemaWithSameNamedType() => ExpectSdlValid(
            Schema2,
            """
            directive @foo on SCHEMA
            """);

    /// <summary>Validate: Unique directive names adding conflicting directives to existing schema</summary>
    [Fact]
    public void AddingConflictingDirectivesToExistingSchema() => ExpectSdlErrors(
            Schema1,
            """
            directive @foo on SCHEMA
            """,
            Error("Directive \"@foo\" already exists in the schema. It cannot be redefined.", (1, 12)));
}
