using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <content>The cases of graphql-js's <c>describe('Variable default values')</c> group.</content>
public sealed partial class ValuesOfCorrectTypeRuleTests
{
    /// <summary>Validate: Values of correct type Variable default values variables with valid default values</summary>
    [Fact]
    public void VariableDefaultValuesVariablesWithValidDefaultValues() => ExpectValid(
            """

                    query WithDefaultValues(
                      $a: Int = 1,
                      $b: String = "ok",
                      $c: ComplexInput = { requiredField: true, intField: 3 }
                      $d: Int! = 123
                    ) {
                      dog { name }
                    }
            """);

    /// <summary>Validate: Values of correct type Variable default values variables with valid default null values</summary>
    [Fact]
    public void VariableDefaultValuesVariablesWithValidDefaultNullValues() => ExpectValid(
            """

                    query WithDefaultValues(
                      $a: Int = null,
                      $b: String = null,
                      $c: ComplexInput = { requiredField: true, intField: null }
                    ) {
                      dog { name }
                    }
            """);

    /// <summary>Validate: Values of correct type Variable default values variables with invalid default null values</summary>
    [Fact]
    public void VariableDefaultValuesVariablesWithInvalidDefaultNullValues() => ExpectErrors(
            """

                    query WithDefaultValues(
                      $a: Int! = null,
                      $b: String! = null,
                      $c: ComplexInput = { requiredField: null, intField: null }
                    ) {
                      dog { name }
                    }
            """,
            Error("Expected value of non-null type \"Int!\" not to be null.", (3, 22)),
            Error("Expected value of non-null type \"String!\" not to be null.", (4, 25)),
            Error("Expected value of non-null type \"Boolean!\" not to be null.", (5, 47)));

    /// <summary>Validate: Values of correct type Variable default values variables with invalid default values</summary>
    [Fact]
    public void VariableDefaultValuesVariablesWithInvalidDefaultValues() => ExpectErrors(
            """

                    query InvalidDefaultValues(
                      $a: Int = "one",
                      $b: String = 4,
                      $c: ComplexInput = "NotVeryComplex"
                    ) {
                      dog { name }
                    }
            """,
            Error("Int cannot represent non-integer value: \"one\"", (3, 21)),
            Error("String cannot represent a non string value: 4", (4, 24)),
            Error("Expected value of type \"ComplexInput\" to be an object, found: \"NotVeryComplex\".", (5, 30)));

    /// <summary>Validate: Values of correct type Variable default values variables with complex invalid default values</summary>
    [Fact]
    public void VariableDefaultValuesVariablesWithComplexInvalidDefaultValues() => ExpectErrors(
            """

                    query WithDefaultValues(
                      $a: ComplexInput = { requiredField: 123, intField: "abc" }
                    ) {
                      dog { name }
                    }
            """,
            Error("Boolean cannot represent a non boolean value: 123", (3, 47)),
            Error("Int cannot represent non-integer value: \"abc\"", (3, 62)));

    /// <summary>Validate: Values of correct type Variable default values complex variables missing required field</summary>
    [Fact]
    public void VariableDefaultValuesComplexVariablesMissingRequiredField() => ExpectErrors(
            """

                    query MissingRequiredField($a: ComplexInput = {intField: 3}) {
                      dog { name }
                    }
            """,
            Error("Expected value of type \"ComplexInput\" to include required field \"requiredField\", found: { intField: 3 }.", (2, 55)));

    /// <summary>Validate: Values of correct type Variable default values list variables with invalid item</summary>
    [Fact]
    public void VariableDefaultValuesListVariablesWithInvalidItem() => ExpectErrors(
            """

                    query InvalidItem($a: [String] = ["one", 2]) {
                      dog { name }
                    }
            """,
            Error("String cannot represent a non string value: 2", (2, 50)));
}
