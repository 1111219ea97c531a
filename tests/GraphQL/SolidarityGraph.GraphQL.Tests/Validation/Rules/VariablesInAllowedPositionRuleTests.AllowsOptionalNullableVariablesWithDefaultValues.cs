using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <content>The cases of graphql-js's <c>describe('Allows optional (nullable) variables with default values')</c> group.</content>
public sealed partial class VariablesInAllowedPositionRuleTests
{
    /// <summary>Validate: Variables are in allowed positions Allows optional (nullable) variables with default values Int =&gt; Int! fails when variable provides null default value</summary>
    [Fact]
    public void AllowsOptionalNullableVariablesWithDefaultValuesIntIntFailsWhenVariableProvidesNullDefaultValue() => ExpectErrors(
            """

                    query Query($intVar: Int = null) {
                      complicatedArgs {
                        nonNullIntArgField(nonNullIntArg: $intVar)
                      }
                    }
            """,
            Error("Variable \"$intVar\" of type \"Int\" used in position expecting type \"Int!\".", (2, 21), (4, 47)));

    /// <summary>Validate: Variables are in allowed positions Allows optional (nullable) variables with default values Int =&gt; Int! when variable provides non-null default value</summary>
    [Fact]
    public void AllowsOptionalNullableVariablesWithDefaultValuesIntIntWhenVariableProvidesNonNullDefaultValue() => ExpectValid(
            """

                    query Query($intVar: Int = 1) {
                      complicatedArgs {
                        nonNullIntArgField(nonNullIntArg: $intVar)
                      }
                    }
            """);

    /// <summary>Validate: Variables are in allowed positions Allows optional (nullable) variables with default values Int =&gt; Int! when optional argument provides default value</summary>
    [Fact]
    public void AllowsOptionalNullableVariablesWithDefaultValuesIntIntWhenOptionalArgumentProvidesDefaultValue() => ExpectValid(
            """

                    query Query($intVar: Int) {
                      complicatedArgs {
                        nonNullFieldWithDefault(nonNullIntArg: $intVar)
                      }
                    }
            """);

    /// <summary>Validate: Variables are in allowed positions Allows optional (nullable) variables with default values Boolean =&gt; Boolean! in directive with default value with option</summary>
    [Fact]
    public void AllowsOptionalNullableVariablesWithDefaultValuesBooleanBooleanInDirectiveWithDefaultValueWithOption() => ExpectValid(
            """

                    query Query($boolVar: Boolean = false) {
                      dog @include(if: $boolVar)
                    }
            """);

    /// <summary>Validate: Variables are in allowed positions Allows optional (nullable) variables with default values undefined in directive with default value with option</summary>
    [Fact]
    public void AllowsOptionalNullableVariablesWithDefaultValuesUndefinedInDirectiveWithDefaultValueWithOption() => ExpectValid(
            """

                    {
                      dog @include(if: $x)
                    }
            """);
}
