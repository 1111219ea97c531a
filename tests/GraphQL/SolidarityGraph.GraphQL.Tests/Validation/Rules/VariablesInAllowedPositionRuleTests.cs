using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The VariablesInAllowedPositionRule cases of graphql-js's validation tests, ported one by one under their own names; expected errors are
/// graphql-js 17.1.0's (messages and locations). The nested <c>describe</c> group and the second top-level one
/// (<c>Validates OneOf Input Objects</c>) have their own files, named after them.
/// </summary>
public sealed partial class VariablesInAllowedPositionRuleTests : ValidationHarness
{
    protected override IValidationRule Rule { get; } = new VariablesInAllowedPositionRule();

    /// <summary>Validate: Variables are in allowed positions Boolean =&gt; Boolean</summary>
    [Fact]
    public void BooleanBoolean() => ExpectValid(
            """

                  query Query($booleanArg: Boolean)
                  {
                    complicatedArgs {
                      booleanArgField(booleanArg: $booleanArg)
                    }
                  }
            """);

    /// <summary>Validate: Variables are in allowed positions Boolean =&gt; Boolean within fragment</summary>
    [Fact]
    public void BooleanBooleanWithinFragment() => ExpectValid(
            """

                  fragment booleanArgFrag on ComplicatedArgs {
                    booleanArgField(booleanArg: $booleanArg)
                  }
                  query Query($booleanArg: Boolean)
                  {
                    complicatedArgs {
                      ...booleanArgFrag
                    }
                  }
            """);

    /// <summary>Validate: Variables are in allowed positions Boolean =&gt; Boolean within fragment</summary>
    [Fact]
    public void BooleanBooleanWithinFragment_2() => ExpectValid(
            """

                  query Query($booleanArg: Boolean)
                  {
                    complicatedArgs {
                      ...booleanArgFrag
                    }
                  }
                  fragment booleanArgFrag on ComplicatedArgs {
                    booleanArgField(booleanArg: $booleanArg)
                  }
            """);

    /// <summary>Validate: Variables are in allowed positions Boolean! =&gt; Boolean</summary>
    [Fact]
    public void BooleanBoolean_2() => ExpectValid(
            """

                  query Query($nonNullBooleanArg: Boolean!)
                  {
                    complicatedArgs {
                      booleanArgField(booleanArg: $nonNullBooleanArg)
                    }
                  }
            """);

    /// <summary>Validate: Variables are in allowed positions Boolean! =&gt; Boolean within fragment</summary>
    [Fact]
    public void BooleanBooleanWithinFragment_3() => ExpectValid(
            """

                  fragment booleanArgFrag on ComplicatedArgs {
                    booleanArgField(booleanArg: $nonNullBooleanArg)
                  }

                  query Query($nonNullBooleanArg: Boolean!)
                  {
                    complicatedArgs {
                      ...booleanArgFrag
                    }
                  }
            """);

    /// <summary>Validate: Variables are in allowed positions [String] =&gt; [String]</summary>
    [Fact]
    public void StringString() => ExpectValid(
            """

                  query Query($stringListVar: [String])
                  {
                    complicatedArgs {
                      stringListArgField(stringListArg: $stringListVar)
                    }
                  }
            """);

    /// <summary>Validate: Variables are in allowed positions [String!] =&gt; [String]</summary>
    [Fact]
    public void StringString_2() => ExpectValid(
            """

                  query Query($stringListVar: [String!])
                  {
                    complicatedArgs {
                      stringListArgField(stringListArg: $stringListVar)
                    }
                  }
            """);

    /// <summary>Validate: Variables are in allowed positions String =&gt; [String] in item position</summary>
    [Fact]
    public void StringStringInItemPosition() => ExpectValid(
            """

                  query Query($stringVar: String)
                  {
                    complicatedArgs {
                      stringListArgField(stringListArg: [$stringVar])
                    }
                  }
            """);

    /// <summary>Validate: Variables are in allowed positions String! =&gt; [String] in item position</summary>
    [Fact]
    public void StringStringInItemPosition_2() => ExpectValid(
            """

                  query Query($stringVar: String!)
                  {
                    complicatedArgs {
                      stringListArgField(stringListArg: [$stringVar])
                    }
                  }
            """);

    /// <summary>Validate: Variables are in allowed positions ComplexInput =&gt; ComplexInput</summary>
    [Fact]
    public void ComplexInputComplexInput() => ExpectValid(
            """

                  query Query($complexVar: ComplexInput)
                  {
                    complicatedArgs {
                      complexArgField(complexArg: $complexVar)
                    }
                  }
            """);

    /// <summary>Validate: Variables are in allowed positions ComplexInput =&gt; ComplexInput in field position</summary>
    [Fact]
    public void ComplexInputComplexInputInFieldPosition() => ExpectValid(
            """

                  query Query($boolVar: Boolean = false)
                  {
                    complicatedArgs {
                      complexArgField(complexArg: {requiredArg: $boolVar})
                    }
                  }
            """);

    /// <summary>Validate: Variables are in allowed positions Boolean! =&gt; Boolean! in directive</summary>
    [Fact]
    public void BooleanBooleanInDirective() => ExpectValid(
            """

                  query Query($boolVar: Boolean!)
                  {
                    dog @include(if: $boolVar)
                  }
            """);

    /// <summary>Validate: Variables are in allowed positions Int =&gt; Int!</summary>
    [Fact]
    public void IntInt() => ExpectErrors(
            """

                  query Query($intArg: Int) {
                    complicatedArgs {
                      nonNullIntArgField(nonNullIntArg: $intArg)
                    }
                  }
            """,
            Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (2, 19), (4, 45)));

    /// <summary>Validate: Variables are in allowed positions Int =&gt; Int! within fragment</summary>
    [Fact]
    public void IntIntWithinFragment() => ExpectErrors(
            """

                  fragment nonNullIntArgFieldFrag on ComplicatedArgs {
                    nonNullIntArgField(nonNullIntArg: $intArg)
                  }

                  query Query($intArg: Int) {
                    complicatedArgs {
                      ...nonNullIntArgFieldFrag
                    }
                  }
            """,
            Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (6, 19), (3, 43)));

    /// <summary>Validate: Variables are in allowed positions Int =&gt; Int! within nested fragment</summary>
    [Fact]
    public void IntIntWithinNestedFragment() => ExpectErrors(
            """

                  fragment outerFrag on ComplicatedArgs {
                    ...nonNullIntArgFieldFrag
                  }

                  fragment nonNullIntArgFieldFrag on ComplicatedArgs {
                    nonNullIntArgField(nonNullIntArg: $intArg)
                  }

                  query Query($intArg: Int) {
                    complicatedArgs {
                      ...outerFrag
                    }
                  }
            """,
            Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (10, 19), (7, 43)));

    /// <summary>Validate: Variables are in allowed positions String over Boolean</summary>
    [Fact]
    public void StringOverBoolean() => ExpectErrors(
            """

                  query Query($stringVar: String) {
                    complicatedArgs {
                      booleanArgField(booleanArg: $stringVar)
                    }
                  }
            """,
            Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean\".", (2, 19), (4, 39)));

    /// <summary>Validate: Variables are in allowed positions String =&gt; [String]</summary>
    [Fact]
    public void StringString_3() => ExpectErrors(
            """

                  query Query($stringVar: String) {
                    complicatedArgs {
                      stringListArgField(stringListArg: $stringVar)
                    }
                  }
            """,
            Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"[String]\".", (2, 19), (4, 45)));

    /// <summary>Validate: Variables are in allowed positions Boolean =&gt; Boolean! in directive</summary>
    [Fact]
    public void BooleanBooleanInDirective_2() => ExpectErrors(
            """

                  query Query($boolVar: Boolean) {
                    dog @include(if: $boolVar)
                  }
            """,
            Error("Variable \"$boolVar\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (2, 19), (3, 26)));

    /// <summary>Validate: Variables are in allowed positions String =&gt; Boolean! in directive</summary>
    [Fact]
    public void StringBooleanInDirective() => ExpectErrors(
            """

                  query Query($stringVar: String) {
                    dog @include(if: $stringVar)
                  }
            """,
            Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean!\".", (2, 19), (3, 26)));

    /// <summary>Validate: Variables are in allowed positions [String] =&gt; [String!]</summary>
    [Fact]
    public void StringString_4() => ExpectErrors(
            """

                  query Query($stringListVar: [String])
                  {
                    complicatedArgs {
                      stringListNonNullArgField(stringListNonNullArg: $stringListVar)
                    }
                  }
            """,
            Error("Variable \"$stringListVar\" of type \"[String]\" used in position expecting type \"[String!]\".", (2, 19), (5, 59)));
}
