using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <content>The cases of graphql-js's <c>describe('Invalid String values')</c> group.</content>
public sealed partial class ValuesOfCorrectTypeRuleTests
{
    /// <summary>Validate: Values of correct type Invalid String values Int into String</summary>
    [Fact]
    public void InvalidStringValuesIntIntoString() => ExpectErrors(
            """

                    {
                      complicatedArgs {
                        stringArgField(stringArg: 1)
                      }
                    }
            """,
            Error("String cannot represent a non string value: 1", (4, 39)));

    /// <summary>Validate: Values of correct type Invalid String values Float into String</summary>
    [Fact]
    public void InvalidStringValuesFloatIntoString() => ExpectErrors(
            """

                    {
                      complicatedArgs {
                        stringArgField(stringArg: 1.0)
                      }
                    }
            """,
            Error("String cannot represent a non string value: 1.0", (4, 39)));

    /// <summary>Validate: Values of correct type Invalid String values Boolean into String</summary>
    [Fact]
    public void InvalidStringValuesBooleanIntoString() => ExpectErrors(
            """

                    {
                      complicatedArgs {
                        stringArgField(stringArg: true)
                      }
                    }
            """,
            Error("String cannot represent a non string value: true", (4, 39)));

    /// <summary>Validate: Values of correct type Invalid String values Unquoted String into String</summary>
    [Fact]
    public void InvalidStringValuesUnquotedStringIntoString() => ExpectErrors(
            """

                    {
                      complicatedArgs {
                        stringArgField(stringArg: BAR)
                      }
                    }
            """,
            Error("String cannot represent a non string value: BAR", (4, 39)));
}
