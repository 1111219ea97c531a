using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <content>The cases of graphql-js's <c>describe('Invalid ID value')</c> group.</content>
public sealed partial class ValuesOfCorrectTypeRuleTests
{
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
}
