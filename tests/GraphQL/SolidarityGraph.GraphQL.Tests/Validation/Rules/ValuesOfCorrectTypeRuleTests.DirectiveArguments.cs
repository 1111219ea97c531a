using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <content>The cases of graphql-js's <c>describe('Directive arguments')</c> group.</content>
public sealed partial class ValuesOfCorrectTypeRuleTests
{
    /// <summary>Validate: Values of correct type Directive arguments with directives of valid types</summary>
    [Fact]
    public void DirectiveArgumentsWithDirectivesOfValidTypes() => ExpectValid(
            """

                    {
                      dog @include(if: true) {
                        name
                      }
                      human @skip(if: false) {
                        name
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Directive arguments with directive with incorrect types</summary>
    [Fact]
    public void DirectiveArgumentsWithDirectiveWithIncorrectTypes() => ExpectErrors(
            """

                    {
                      dog @include(if: "yes") {
                        name @skip(if: ENUM)
                      }
                    }
            """,
            Error("Boolean cannot represent a non boolean value: \"yes\"", (3, 28)),
            Error("Boolean cannot represent a non boolean value: ENUM", (4, 28)));
}
