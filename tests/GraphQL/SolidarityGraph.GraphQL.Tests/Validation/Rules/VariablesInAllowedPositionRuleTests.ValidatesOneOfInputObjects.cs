using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <content>The cases of graphql-js's <c>describe('Validates OneOf Input Objects')</c>, a second top-level group of the same test file.</content>
public sealed partial class VariablesInAllowedPositionRuleTests
{
    /// <summary>Validate: Variables are in allowed positions Validates OneOf Input Objects Allows exactly one non-nullable variable</summary>
    [Fact]
    public void ValidatesOneOfInputObjectsAllowsExactlyOneNonNullableVariable() => ExpectValid(
            """

                    query ($string: String!) {
                      complicatedArgs {
                        oneOfArgField(oneOfArg: { stringField: $string })
                      }
                    }
            """);

    /// <summary>Validate: Variables are in allowed positions Validates OneOf Input Objects Forbids one nullable variable</summary>
    [Fact]
    public void ValidatesOneOfInputObjectsForbidsOneNullableVariable() => ExpectErrors(
            """

                    query ($string: String) {
                      complicatedArgs {
                        oneOfArgField(oneOfArg: { stringField: $string })
                      }
                    }
            """,
            Error("Variable \"$string\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", (2, 16), (4, 52)));
}
