using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <content>More ported ValuesOfCorrectTypeRule cases.</content>
public sealed partial class ValuesOfCorrectTypeRuleTests
{
    /// <summary>Validate: Values of correct type Valid non-nullable value Multiple args reverse order</summary>
    [Fact]
    public void ValidNonNullableValueMultipleArgsReverseOrder() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        multipleReqs(req2: 2, req1: 1)
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid non-nullable value No args on multiple optional</summary>
    [Fact]
    public void ValidNonNullableValueNoArgsOnMultipleOptional() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        multipleOpts
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid non-nullable value One arg on multiple optional</summary>
    [Fact]
    public void ValidNonNullableValueOneArgOnMultipleOptional() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        multipleOpts(opt1: 1)
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid non-nullable value Second arg on multiple optional</summary>
    [Fact]
    public void ValidNonNullableValueSecondArgOnMultipleOptional() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        multipleOpts(opt2: 1)
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid non-nullable value Multiple required args on mixedList</summary>
    [Fact]
    public void ValidNonNullableValueMultipleRequiredArgsOnMixedList() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        multipleOptAndReq(req1: 3, req2: 4)
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid non-nullable value Multiple required and one optional arg on mixedList</summary>
    [Fact]
    public void ValidNonNullableValueMultipleRequiredAndOneOptionalArgOnMixedList() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        multipleOptAndReq(req1: 3, req2: 4, opt1: 5)
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid non-nullable value All required and optional args on mixedList</summary>
    [Fact]
    public void ValidNonNullableValueAllRequiredAndOptionalArgsOnMixedList() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        multipleOptAndReq(req1: 3, req2: 4, opt1: 5, opt2: 6)
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Invalid non-nullable value Incorrect value type</summary>
    [Fact]
    public void InvalidNonNullableValueIncorrectValueType() => ExpectErrors(
            """

                    {
                      complicatedArgs {
                        multipleReqs(req2: "two", req1: "one")
                      }
                    }
            """,
            Error("Int cannot represent non-integer value: \"two\"", (4, 32)),
            Error("Int cannot represent non-integer value: \"one\"", (4, 45)));

    /// <summary>Validate: Values of correct type Invalid non-nullable value Incorrect value and missing argument (ProvidedRequiredArgumentsRule)</summary>
    [Fact]
    public void InvalidNonNullableValueIncorrectValueAndMissingArgumentProvidedRequiredArgumentsRule() => ExpectErrors(
            """

                    {
                      complicatedArgs {
                        multipleReqs(req1: "one")
                      }
                    }
            """,
            Error("Int cannot represent non-integer value: \"one\"", (4, 32)));

    /// <summary>Validate: Values of correct type Invalid non-nullable value Null value</summary>
    [Fact]
    public void InvalidNonNullableValueNullValue() => ExpectErrors(
            """

                    {
                      complicatedArgs {
                        multipleReqs(req1: null)
                      }
                    }
            """,
            Error("Expected value of non-null type \"Int!\" not to be null.", (4, 32)));

    /// <summary>Validate: Values of correct type Valid input object value Optional arg, despite required field in type</summary>
    [Fact]
    public void ValidInputObjectValueOptionalArgDespiteRequiredFieldInType() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        complexArgField
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid input object value Partial object, only required</summary>
    [Fact]
    public void ValidInputObjectValuePartialObjectOnlyRequired() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        complexArgField(complexArg: { requiredField: true })
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid input object value Partial object, required field can be falsy</summary>
    [Fact]
    public void ValidInputObjectValuePartialObjectRequiredFieldCanBeFalsy() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        complexArgField(complexArg: { requiredField: false })
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid input object value Partial object, including required</summary>
    [Fact]
    public void ValidInputObjectValuePartialObjectIncludingRequired() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        complexArgField(complexArg: { requiredField: true, intField: 4 })
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid input object value Full object</summary>
    [Fact]
    public void ValidInputObjectValueFullObject() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        complexArgField(complexArg: {
                          requiredField: true,
                          intField: 4,
                          stringField: "foo",
                          booleanField: false,
                          stringListField: ["one", "two"]
                        })
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid input object value Full object with fields in different order</summary>
    [Fact]
    public void ValidInputObjectValueFullObjectWithFieldsInDifferentOrder() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        complexArgField(complexArg: {
                          stringListField: ["one", "two"],
                          booleanField: false,
                          requiredField: true,
                          stringField: "foo",
                          intField: 4,
                        })
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid oneOf input object value Exactly one field</summary>
    [Fact]
    public void ValidOneOfInputObjectValueExactlyOneField() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        oneOfArgField(oneOfArg: { stringField: "abc" })
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid oneOf input object value Exactly one non-nullable variable</summary>
    [Fact]
    public void ValidOneOfInputObjectValueExactlyOneNonNullableVariable() => ExpectValid(
            """

                    query ($string: String!) {
                      complicatedArgs {
                        oneOfArgField(oneOfArg: { stringField: $string })
                      }
                    }
            """);

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
}
