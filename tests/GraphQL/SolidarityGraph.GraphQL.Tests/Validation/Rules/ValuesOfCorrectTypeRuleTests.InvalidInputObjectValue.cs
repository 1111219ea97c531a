using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <content>The cases of graphql-js's <c>describe('Invalid input object value')</c> group.</content>
public sealed partial class ValuesOfCorrectTypeRuleTests
{
    /// <summary>Validate: Values of correct type Invalid input object value Partial object, missing required</summary>
    [Fact]
    public void InvalidInputObjectValuePartialObjectMissingRequired() => ExpectErrors(
            """

                    {
                      complicatedArgs {
                        complexArgField(complexArg: { intField: 4 })
                      }
                    }
            """,
            Error("Expected value of type \"ComplexInput\" to include required field \"requiredField\", found: { intField: 4 }.", (4, 41)));

    /// <summary>Validate: Values of correct type Invalid input object value Partial object, invalid field type</summary>
    [Fact]
    public void InvalidInputObjectValuePartialObjectInvalidFieldType() => ExpectErrors(
            """

                    {
                      complicatedArgs {
                        complexArgField(complexArg: {
                          stringListField: ["one", 2],
                          requiredField: true,
                        })
                      }
                    }
            """,
            Error("String cannot represent a non string value: 2", (5, 40)));

    /// <summary>Validate: Values of correct type Invalid input object value Partial object, null to non-null field</summary>
    [Fact]
    public void InvalidInputObjectValuePartialObjectNullToNonNullField() => ExpectErrors(
            """

                    {
                      complicatedArgs {
                        complexArgField(complexArg: {
                          requiredField: true,
                          nonNullField: null,
                        })
                      }
                    }
            """,
            Error("Expected value of non-null type \"Boolean!\" not to be null.", (6, 29)));

    /// <summary>Validate: Values of correct type Invalid input object value Partial object, unknown field arg</summary>
    [Fact]
    public void InvalidInputObjectValuePartialObjectUnknownFieldArg() => ExpectErrors(
            """

                    {
                      complicatedArgs {
                        complexArgField(complexArg: {
                          requiredField: true,
                          invalidField: "value"
                        })
                      }
                    }
            """,
            Error("Expected value of type \"ComplexInput\" not to include unknown field \"invalidField\". Did you mean \"intField\"? Found: { requiredField: true, invalidField: \"value\" }.", (6, 15)));

    /// <summary>Validate: Values of correct type Invalid input object value Partial object, unknown field arg (no suggestions)</summary>
    [Fact]
    public void InvalidInputObjectValuePartialObjectUnknownFieldArgNoSuggestions() => ExpectErrorsWith(
            new CaseOptions { Schema = null, HideSuggestions = true },
            """

                    {
                      complicatedArgs {
                        complexArgField(complexArg: {
                          requiredField: true,
                          invalidField: "value"
                        })
                      }
                    }
            """,
            Error("Expected value of type \"ComplexInput\" not to include unknown field \"invalidField\", found: { requiredField: true, invalidField: \"value\" }.", (6, 15)));

    /// <summary>Validate: Values of correct type Invalid input object value reports error for custom scalar that returns undefined</summary>
    [Fact]
    public void InvalidInputObjectValueReportsErrorForCustomScalarThatReturnsUndefined() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """
            { invalidArg(arg: 123) }
            """);

    /// <summary>Validate: Values of correct type Invalid input object value allows custom scalar to accept complex literals</summary>
    [Fact]
    public void InvalidInputObjectValueAllowsCustomScalarToAcceptComplexLiterals() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema2 },
            """

                      {
                        test1: anyArg(arg: 123)
                        test2: anyArg(arg: "abc")
                        test3: anyArg(arg: [123, "abc"])
                        test4: anyArg(arg: {deep: [123, "abc"]})
                      }
            """);
}
