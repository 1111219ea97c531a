using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The KnownArgumentNamesOnDirectivesRule cases of graphql-js's validation tests, ported one by one under their own names; expected errors are
/// graphql-js 17.1.0's (messages and locations).
/// </summary>
public sealed class KnownArgumentNamesOnDirectivesRuleTests : ValidationHarness
{
    private const string Schema1 = """
        type Query {
          foo: String
        }
        """;

    private const string Schema2 = """
        directive @test(arg: String) on OBJECT

        type Query {
          foo: String
        }
        """;

    protected override IValidationRule Rule { get; } = new KnownArgumentNamesOnDirectivesRule();

    /// <summary>Validate: Known argument names within SDL known arg on directive defined inside SDL</summary>
    [Fact]
    public void KnownArgOnDirectiveDefinedInsideSDL() => ExpectSdlValid(
            null,
            """

                    type Query {
                      foo: String @test(arg: "")
                    }

                    directive @test(arg: String) on FIELD_DEFINITION
            """);

    /// <summary>Validate: Known argument names within SDL unknown arg on directive defined inside SDL</summary>
    [Fact]
    public void UnknownArgOnDirectiveDefinedInsideSDL() => ExpectSdlErrors(
            null,
            """

                    type Query {
                      foo: String @test(unknown: "")
                    }

                    directive @test(arg: String) on FIELD_DEFINITION
            """,
            Error("Unknown argument \"unknown\" on directive \"@test\".", (3, 29)));

    /// <summary>Validate: Known argument names within SDL misspelled arg name is reported on directive defined inside SDL</summary>
    [Fact]
    public void MisspelledArgNameIsReportedOnDirectiveDefinedInsideSDL() => ExpectSdlErrors(
            null,
            """

                    type Query {
                      foo: String @test(agr: "")
                    }

                    directive @test(arg: String) on FIELD_DEFINITION
            """,
            Error("Unknown argument \"agr\" on directive \"@test\". Did you mean \"arg\"?", (3, 29)));

    /// <summary>Validate: Known argument names within SDL unknown arg on standard directive</summary>
    [Fact]
    public void UnknownArgOnStandardDirective() => ExpectSdlErrors(
            null,
            """

                    type Query {
                      foo: String @deprecated(unknown: "")
                    }
            """,
            Error("Unknown argument \"unknown\" on directive \"@deprecated\".", (3, 35)));

    /// <summary>Validate: Known argument names within SDL unknown arg on overridden standard directive</summary>
    [Fact]
    public void UnknownArgOnOverriddenStandardDirective() => ExpectSdlErrors(
            null,
            """

                    type Query {
                      foo: String @deprecated(reason: "")
                    }
                    directive @deprecated(arg: String) on FIELD
            """,
            Error("Unknown argument \"reason\" on directive \"@deprecated\".", (3, 35)));

    /// <summary>Validate: Known argument names within SDL unknown arg on directive defined in schema extension</summary>
    [Fact]
    public void UnknownArgOnDirectiveDefinedInSchemaExtension() => ExpectSdlErrors(
            Schema1,
            """

                      directive @test(arg: String) on OBJECT

                      extend type Query  @test(unknown: "")
            """,
            Error("Unknown argument \"unknown\" on directive \"@test\".", (4, 36)));

    /// <summary>Validate: Known argument names within SDL unknown arg on directive used in schema extension</summary>
    [Fact]
    public void UnknownArgOnDirectiveUsedInSchemaExtension() => ExpectSdlErrors(
            Schema2,
            """

                      extend type Query @test(unknown: "")
            """,
            Error("Unknown argument \"unknown\" on directive \"@test\".", (2, 35)));
}
