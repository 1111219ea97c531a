using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <content>The cases of graphql-js's <c>describe('Invalid non-nullable value')</c> group.</content>
public sealed partial class ValuesOfCorrectTypeRuleTests
{
    /// <summary>Validate: Values of correct type Invalid non-nullable value Incorrect value type</summary>
    [Fact]
    public void InvalidNonNullableValueIncorrectValueType() => ExpectErrors(
            """

                    {
                      complicatedArgs {
                        multipleReqs(req2: "two", req1: "one")
                      }
                    }
            """,
            Error("Int cannot represent non-integer value: \"two\"", (4, 32)),
            Error("Int cannot represent non-integer value: \"one\"", (4, 45)));

    /// <summary>Validate: Values of correct type Invalid non-nullable value Incorrect value and missing argument (ProvidedRequiredArgumentsRule)</summary>
    [Fact]
    public void InvalidNonNullableValueIncorrectValueAndMissingArgumentProvidedRequiredArgumentsRule() => ExpectErrors(
            """

                    {
                      complicatedArgs {
                        multipleReqs(req1: "one")
                      }
                    }
            """,
            Error("Int cannot represent non-integer value: \"one\"", (4, 32)));

    /// <summary>Validate: Values of correct type Invalid non-nullable value Null value</summary>
    [Fact]
    public void InvalidNonNullableValueNullValue() => ExpectErrors(
            """

                    {
                      complicatedArgs {
                        multipleReqs(req1: null)
                      }
                    }
            """,
            Error("Expected value of non-null type \"Int!\" not to be null.", (4, 32)));
}
