using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <content>The cases of graphql-js's <c>describe('Valid input object value')</c> group.</content>
public sealed partial class ValuesOfCorrectTypeRuleTests
{
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
}
