using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <content>The cases of graphql-js's <c>describe('Valid oneOf input object value')</c> group.</content>
public sealed partial class ValuesOfCorrectTypeRuleTests
{
    /// <summary>Validate: Values of correct type Valid oneOf input object value Exactly one field</summary>
    [Fact]
    public void ValidOneOfInputObjectValueExactlyOneField() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        oneOfArgField(oneOfArg: { stringField: "abc" })
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid oneOf input object value Exactly one non-nullable variable</summary>
    [Fact]
    public void ValidOneOfInputObjectValueExactlyOneNonNullableVariable() => ExpectValid(
            """

                    query ($string: String!) {
                      complicatedArgs {
                        oneOfArgField(oneOfArg: { stringField: $string })
                      }
                    }
            """);
}
