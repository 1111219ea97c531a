using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <content>More ported ValuesOfCorrectTypeRule cases.</content>
public sealed partial class ValuesOfCorrectTypeRuleTests
{
    /// <summary>Validate: Values of correct type Invalid Float values Unquoted into Float</summary>
    [Fact]
    public void InvalidFloatValuesUnquotedIntoFloat() => ExpectErrors(
            """

                    {
                      complicatedArgs {
                        floatArgField(floatArg: FOO)
                      }
                    }
            """,
            Error("Float cannot represent non numeric value: FOO", (4, 37)));

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

    /// <summary>Validate: Values of correct type Invalid ID value Float into ID</summary>
    [Fact]
    public void InvalidIDValueFloatIntoID() => ExpectErrors(
            """

                    {
                      complicatedArgs {
                        idArgField(idArg: 1.0)
                      }
                    }
            """,
            Error("ID cannot represent a non-string and non-integer value: 1.0", (4, 31)));

    /// <summary>Validate: Values of correct type Invalid ID value Boolean into ID</summary>
    [Fact]
    public void InvalidIDValueBooleanIntoID() => ExpectErrors(
            """

                    {
                      complicatedArgs {
                        idArgField(idArg: true)
                      }
                    }
            """,
            Error("ID cannot represent a non-string and non-integer value: true", (4, 31)));

    /// <summary>Validate: Values of correct type Invalid ID value Unquoted into ID</summary>
    [Fact]
    public void InvalidIDValueUnquotedIntoID() => ExpectErrors(
            """

                    {
                      complicatedArgs {
                        idArgField(idArg: SOMETHING)
                      }
                    }
            """,
            Error("ID cannot represent a non-string and non-integer value: SOMETHING", (4, 31)));

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

    /// <summary>Validate: Values of correct type Valid non-nullable value Arg on optional arg</summary>
    [Fact]
    public void ValidNonNullableValueArgOnOptionalArg() => ExpectValid(
            """

                    {
                      dog {
                        isHouseTrained(atOtherHomes: true)
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid non-nullable value No Arg on optional arg</summary>
    [Fact]
    public void ValidNonNullableValueNoArgOnOptionalArg() => ExpectValid(
            """

                    {
                      dog {
                        isHouseTrained
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid non-nullable value Multiple args</summary>
    [Fact]
    public void ValidNonNullableValueMultipleArgs() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        multipleReqs(req1: 1, req2: 2)
                      }
                    }
            """);
}
