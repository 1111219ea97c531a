using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <content>The cases of graphql-js's <c>describe('Valid List value')</c> group.</content>
public sealed partial class ValuesOfCorrectTypeRuleTests
{
    /// <summary>Validate: Values of correct type Valid List value Good list value</summary>
    [Fact]
    public void ValidListValueGoodListValue() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        stringListArgField(stringListArg: ["one", null, "two"])
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid List value Empty list value</summary>
    [Fact]
    public void ValidListValueEmptyListValue() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        stringListArgField(stringListArg: [])
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid List value Null value</summary>
    [Fact]
    public void ValidListValueNullValue() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        stringListArgField(stringListArg: null)
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid List value Single value into List</summary>
    [Fact]
    public void ValidListValueSingleValueIntoList() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        stringListArgField(stringListArg: "one")
                      }
                    }
            """);
}
