using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <content>The cases of graphql-js's <c>describe('Invalid Boolean value')</c> group.</content>
public sealed partial class ValuesOfCorrectTypeRuleTests
{
    /// <summary>Validate: Values of correct type Invalid Boolean value Int into Boolean</summary>
    [Fact]
    public void InvalidBooleanValueIntIntoBoolean() => ExpectErrors(
            """

                    {
                      complicatedArgs {
                        booleanArgField(booleanArg: 2)
                      }
                    }
            """,
            Error("Boolean cannot represent a non boolean value: 2", (4, 41)));

    /// <summary>Validate: Values of correct type Invalid Boolean value Float into Boolean</summary>
    [Fact]
    public void InvalidBooleanValueFloatIntoBoolean() => ExpectErrors(
            """

                    {
                      complicatedArgs {
                        booleanArgField(booleanArg: 1.0)
                      }
                    }
            """,
            Error("Boolean cannot represent a non boolean value: 1.0", (4, 41)));

    /// <summary>Validate: Values of correct type Invalid Boolean value String into Boolean</summary>
    [Fact]
    public void InvalidBooleanValueStringIntoBoolean() => ExpectErrors(
            """

                    {
                      complicatedArgs {
                        booleanArgField(booleanArg: "true")
                      }
                    }
            """,
            Error("Boolean cannot represent a non boolean value: \"true\"", (4, 41)));

    /// <summary>Validate: Values of correct type Invalid Boolean value Unquoted into Boolean</summary>
    [Fact]
    public void InvalidBooleanValueUnquotedIntoBoolean() => ExpectErrors(
            """

                    {
                      complicatedArgs {
                        booleanArgField(booleanArg: TRUE)
                      }
                    }
            """,
            Error("Boolean cannot represent a non boolean value: TRUE", (4, 41)));
}
