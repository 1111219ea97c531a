using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The ProvidedRequiredArgumentsOnDirectivesRule cases of graphql-js's validation tests, ported one by one under their own names; expected errors are
/// graphql-js 17.1.0's (messages and locations).
/// </summary>
public sealed class ProvidedRequiredArgumentsOnDirectivesRuleTests : ValidationHarness
{
    private const string Schema1 = """
        type Query {
          foo: String
        }
        """;

    private const string Schema2 = """
        directive @test(arg: String!) on OBJECT

        type Query {
          foo: String
        }
        """;

    protected override IValidationRule Rule { get; } = new ProvidedRequiredArgumentsOnDirectivesRule();

    /// <summary>Validate: Provided required arguments within SDL Missing optional args on directive defined inside SDL</summary>
    [Fact]
    public void MissingOptionalArgsOnDirectiveDefinedInsideSDL() => ExpectSdlValid(
            null,
            """

                    type Query {
                      foo: String @test
                    }

                    directive @test(arg1: String, arg2: String! = "") on FIELD_DEFINITION
            """);

    /// <summary>Validate: Provided required arguments within SDL Missing arg on directive defined inside SDL</summary>
    [Fact]
    public void MissingArgOnDirectiveDefinedInsideSDL() => ExpectSdlErrors(
            null,
            """

                    type Query {
                      foo: String @test
                    }

                    directive @test(arg: String!) on FIELD_DEFINITION
            """,
            Error("Argument \"@test(arg:)\" of type \"String!\" is required, but it was not provided.", (3, 23)));

    /// <summary>Validate: Provided required arguments within SDL Missing arg on standard directive</summary>
    [Fact]
    public void MissingArgOnStandardDirective() => ExpectSdlErrors(
            null,
            """

                    type Query {
                      foo: String @include
                    }
            """,
            Error("Argument \"@include(if:)\" of type \"Boolean!\" is required, but it was not provided.", (3, 23)));

    /// <summary>Validate: Provided required arguments within SDL Missing arg on overridden standard directive</summary>
    [Fact]
    public void MissingArgOnOverriddenStandardDirective() => ExpectSdlErrors(
            null,
            """

                    type Query {
                      foo: String @deprecated
                    }
                    directive @deprecated(reason: String!) on FIELD
            """,
            Error("Argument \"@deprecated(reason:)\" of type \"String!\" is required, but it was not provided.", (3, 23)));

    /// <summary>Validate: Provided required arguments within SDL Missing arg on directive defined in schema extension</summary>
    [Fact]
    public void MissingArgOnDirectiveDefinedInSchemaExtension() => ExpectSdlErrors(
            Schema1,
            """

                      directive @test(arg: String!) on OBJECT

                      extend type Query  @test
            """,
            Error("Argument \"@test(arg:)\" of type \"String!\" is required, but it was not provided.", (4, 30)));

    /// <summary>Validate: Provided required arguments within SDL Missing arg on directive used in schema extension</summary>
    [Fact]
    public void MissingArgOnDirectiveUsedInSchemaExtension() => ExpectSdlErrors(
            Schema2,
            """

                      extend type Query @test
            """,
            Error("Argument \"@test(arg:)\" of type \"String!\" is required, but it was not provided.", (2, 29)));
}
