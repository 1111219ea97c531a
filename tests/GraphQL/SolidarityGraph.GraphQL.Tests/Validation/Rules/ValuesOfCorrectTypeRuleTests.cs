using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The ValuesOfCorrectTypeRule cases of graphql-js's validation tests, ported one by one under their own names; expected errors are
/// graphql-js 17.1.0's (messages and locations).
/// </summary>
public sealed partial class ValuesOfCorrectTypeRuleTests : ValidationHarness
{
    private const string Schema1 = """
        type Query {
          invalidArg(arg: CustomScalar): String
        }

        scalar CustomScalar
        """;

    private const string Schema2 = """
        type Query {
          anyArg(arg: Any): String
        }

        scalar Any
        """;

    protected override IValidationRule Rule { get; } = new ValuesOfCorrectTypeRule();

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

    /// <summary>Validate: Values of correct type Invalid Int values String into Int</summary>
    [Fact]
    public void InvalidIntValuesStringIntoInt() => ExpectErrors(
            """

                    {
                      complicatedArgs {
                        intArgField(intArg: "3")
                      }
                    }
            """,
            Error("Int cannot represent non-integer value: \"3\"", (4, 33)));

    /// <summary>Validate: Values of correct type Invalid Int values Big Int into Int</summary>
    [Fact]
    public void InvalidIntValuesBigIntIntoInt() => ExpectErrors(
            """

                    {
                      complicatedArgs {
                        intArgField(intArg: 829384293849283498239482938)
                      }
                    }
            """,
            Error("Int cannot represent non 32-bit signed integer value: 829384293849283498239482938", (4, 33)));

    /// <summary>Validate: Values of correct type Invalid Int values Unquoted String into Int</summary>
    [Fact]
    public void InvalidIntValuesUnquotedStringIntoInt() => ExpectErrors(
            """

                    {
                      complicatedArgs {
                        intArgField(intArg: FOO)
                      }
                    }
            """,
            Error("Int cannot represent non-integer value: FOO", (4, 33)));

    /// <summary>Validate: Values of correct type Invalid Int values Simple Float into Int</summary>
    [Fact]
    public void InvalidIntValuesSimpleFloatIntoInt() => ExpectErrors(
            """

                    {
                      complicatedArgs {
                        intArgField(intArg: 3.0)
                      }
                    }
            """,
            Error("Int cannot represent non-integer value: 3.0", (4, 33)));

    /// <summary>Validate: Values of correct type Invalid Int values Float into Int</summary>
    [Fact]
    public void InvalidIntValuesFloatIntoInt() => ExpectErrors(
            """

                    {
                      complicatedArgs {
                        intArgField(intArg: 3.333)
                      }
                    }
            """,
            Error("Int cannot represent non-integer value: 3.333", (4, 33)));

    /// <summary>Validate: Values of correct type Invalid Float values String into Float</summary>
    [Fact]
    public void InvalidFloatValuesStringIntoFloat() => ExpectErrors(
            """

                    {
                      complicatedArgs {
                        floatArgField(floatArg: "3.333")
                      }
                    }
            """,
            Error("Float cannot represent non numeric value: \"3.333\"", (4, 37)));

    /// <summary>Validate: Values of correct type Invalid Float values Boolean into Float</summary>
    [Fact]
    public void InvalidFloatValuesBooleanIntoFloat() => ExpectErrors(
            """

                    {
                      complicatedArgs {
                        floatArgField(floatArg: true)
                      }
                    }
            """,
            Error("Float cannot represent non numeric value: true", (4, 37)));
}
