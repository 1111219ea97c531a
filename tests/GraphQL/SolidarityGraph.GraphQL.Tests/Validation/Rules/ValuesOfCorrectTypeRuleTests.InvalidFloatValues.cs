using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <content>The cases of graphql-js's <c>describe('Invalid Float values')</c> group.</content>
public sealed partial class ValuesOfCorrectTypeRuleTests
{
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
}
