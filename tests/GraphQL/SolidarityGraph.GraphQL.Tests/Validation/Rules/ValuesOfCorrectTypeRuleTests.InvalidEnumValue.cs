using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <content>The cases of graphql-js's <c>describe('Invalid Enum value')</c> group.</content>
public sealed partial class ValuesOfCorrectTypeRuleTests
{
    /// <summary>Validate: Values of correct type Invalid Enum value Int into Enum</summary>
    [Fact]
    public void InvalidEnumValueIntIntoEnum() => ExpectErrors(
            """

                    {
                      dog {
                        doesKnowCommand(dogCommand: 2)
                      }
                    }
            """,
            Error("Enum \"DogCommand\" cannot represent non-enum value: 2.", (4, 41)));

    /// <summary>Validate: Values of correct type Invalid Enum value Float into Enum</summary>
    [Fact]
    public void InvalidEnumValueFloatIntoEnum() => ExpectErrors(
            """

                    {
                      dog {
                        doesKnowCommand(dogCommand: 1.0)
                      }
                    }
            """,
            Error("Enum \"DogCommand\" cannot represent non-enum value: 1.0.", (4, 41)));

    /// <summary>Validate: Values of correct type Invalid Enum value String into Enum</summary>
    [Fact]
    public void InvalidEnumValueStringIntoEnum() => ExpectErrors(
            """

                    {
                      dog {
                        doesKnowCommand(dogCommand: "SIT")
                      }
                    }
            """,
            Error("Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"?", (4, 41)));

    /// <summary>Validate: Values of correct type Invalid Enum value String into Enum (no suggestion)</summary>
    [Fact]
    public void InvalidEnumValueStringIntoEnumNoSuggestion() => ExpectErrorsWith(
            new CaseOptions { Schema = null, HideSuggestions = true },
            """

                    {
                      dog {
                        doesKnowCommand(dogCommand: "SIT")
                      }
                    }
            """,
            Error("Enum \"DogCommand\" cannot represent non-enum value: \"SIT\".", (4, 41)));

    /// <summary>Validate: Values of correct type Invalid Enum value Boolean into Enum</summary>
    [Fact]
    public void InvalidEnumValueBooleanIntoEnum() => ExpectErrors(
            """

                    {
                      dog {
                        doesKnowCommand(dogCommand: true)
                      }
                    }
            """,
            Error("Enum \"DogCommand\" cannot represent non-enum value: true.", (4, 41)));

    /// <summary>Validate: Values of correct type Invalid Enum value Unknown Enum Value into Enum</summary>
    [Fact]
    public void InvalidEnumValueUnknownEnumValueIntoEnum() => ExpectErrors(
            """

                    {
                      dog {
                        doesKnowCommand(dogCommand: JUGGLE)
                      }
                    }
            """,
            Error("Value \"JUGGLE\" does not exist in \"DogCommand\" enum.", (4, 41)));

    /// <summary>Validate: Values of correct type Invalid Enum value Different case Enum Value into Enum</summary>
    [Fact]
    public void InvalidEnumValueDifferentCaseEnumValueIntoEnum() => ExpectErrors(
            """

                    {
                      dog {
                        doesKnowCommand(dogCommand: sit)
                      }
                    }
            """,
            Error("Value \"sit\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"?", (4, 41)));

    /// <summary>Validate: Values of correct type Invalid Enum value Different case Enum Value into Enum (no suggestion)</summary>
    [Fact]
    public void InvalidEnumValueDifferentCaseEnumValueIntoEnumNoSuggestion() => ExpectErrorsWith(
            new CaseOptions { Schema = null, HideSuggestions = true },
            """

                    {
                      dog {
                        doesKnowCommand(dogCommand: sit)
                      }
                    }
            """,
            Error("Value \"sit\" does not exist in \"DogCommand\" enum.", (4, 41)));
}
