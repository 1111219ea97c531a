using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <content>The cases of graphql-js's <c>describe('Invalid List value')</c> group.</content>
public sealed partial class ValuesOfCorrectTypeRuleTests
{
    /// <summary>Validate: Values of correct type Invalid List value Incorrect item type</summary>
    [Fact]
    public void InvalidListValueIncorrectItemType() => ExpectErrors(
            """

                    {
                      complicatedArgs {
                        stringListArgField(stringListArg: ["one", 2])
                      }
                    }
            """,
            Error("String cannot represent a non string value: 2", (4, 55)));

    /// <summary>Validate: Values of correct type Invalid List value Single value of incorrect type</summary>
    [Fact]
    public void InvalidListValueSingleValueOfIncorrectType() => ExpectErrors(
            """

                    {
                      complicatedArgs {
                        stringListArgField(stringListArg: 1)
                      }
                    }
            """,
            Error("String cannot represent a non string value: 1", (4, 47)));
}
