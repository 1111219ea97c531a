using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <content>The cases of graphql-js's <c>describe('Invalid oneOf input object value')</c> group.</content>
public sealed partial class ValuesOfCorrectTypeRuleTests
{
    /// <summary>Validate: Values of correct type Invalid oneOf input object value Invalid field type</summary>
    [Fact]
    public void InvalidOneOfInputObjectValueInvalidFieldType() => ExpectErrors(
            """

                    {
                      complicatedArgs {
                        oneOfArgField(oneOfArg: { stringField: 2 })
                      }
                    }
            """,
            Error("String cannot represent a non string value: 2", (4, 52)));

    /// <summary>Validate: Values of correct type Invalid oneOf input object value Exactly one null field</summary>
    [Fact]
    public void InvalidOneOfInputObjectValueExactlyOneNullField() => ExpectErrors(
            """

                    {
                      complicatedArgs {
                        oneOfArgField(oneOfArg: { stringField: null })
                      }
                    }
            """,
            Error("Within OneOf Input Object type \"OneOfInput\", exactly one field must be specified, and the value for that field must be non-null.", (4, 37)));

    /// <summary>Validate: Values of correct type Invalid oneOf input object value More than one field</summary>
    [Fact]
    public void InvalidOneOfInputObjectValueMoreThanOneField() => ExpectErrors(
            """

                    {
                      complicatedArgs {
                        oneOfArgField(oneOfArg: { stringField: "abc", intField: 123 })
                      }
                    }
            """,
            Error("Within OneOf Input Object type \"OneOfInput\", exactly one field must be specified, and the value for that field must be non-null.", (4, 37)));
}
