using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <content>The cases of graphql-js's <c>describe('Invalid Int values')</c> group.</content>
public sealed partial class ValuesOfCorrectTypeRuleTests
{
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
}
