using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <content>The cases of graphql-js's <c>describe('Valid values')</c> group.</content>
public sealed partial class ValuesOfCorrectTypeRuleTests
{
    /// <summary>Validate: Values of correct type Valid values Good int value</summary>
    [Fact]
    public void ValidValuesGoodIntValue() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        intArgField(intArg: 2)
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid values Good negative int value</summary>
    [Fact]
    public void ValidValuesGoodNegativeIntValue() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        intArgField(intArg: -2)
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid values Good boolean value</summary>
    [Fact]
    public void ValidValuesGoodBooleanValue() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        booleanArgField(booleanArg: true)
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid values Good string value</summary>
    [Fact]
    public void ValidValuesGoodStringValue() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        stringArgField(stringArg: "foo")
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid values Good float value</summary>
    [Fact]
    public void ValidValuesGoodFloatValue() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        floatArgField(floatArg: 1.1)
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid values Good negative float value</summary>
    [Fact]
    public void ValidValuesGoodNegativeFloatValue() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        floatArgField(floatArg: -1.1)
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid values Int into Float</summary>
    [Fact]
    public void ValidValuesIntIntoFloat() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        floatArgField(floatArg: 1)
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid values Int into ID</summary>
    [Fact]
    public void ValidValuesIntIntoID() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        idArgField(idArg: 1)
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid values String into ID</summary>
    [Fact]
    public void ValidValuesStringIntoID() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        idArgField(idArg: "someIdString")
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid values Good enum value</summary>
    [Fact]
    public void ValidValuesGoodEnumValue() => ExpectValid(
            """

                    {
                      dog {
                        doesKnowCommand(dogCommand: SIT)
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid values Enum with undefined value</summary>
    [Fact]
    public void ValidValuesEnumWithUndefinedValue() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        enumArgField(enumArg: UNKNOWN)
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid values Enum with null value</summary>
    [Fact]
    public void ValidValuesEnumWithNullValue() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        enumArgField(enumArg: NO_FUR)
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid values null into nullable type</summary>
    [Fact]
    public void ValidValuesNullIntoNullableType() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        intArgField(intArg: null)
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid values null into nullable type</summary>
    [Fact]
    public void ValidValuesNullIntoNullableType_2() => ExpectValid(
            """

                    {
                      dog(a: null, b: null, c:{ requiredField: true, intField: null }) {
                        name
                      }
                    }
            """);
}
