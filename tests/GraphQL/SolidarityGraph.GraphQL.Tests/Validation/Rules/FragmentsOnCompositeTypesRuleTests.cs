using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The FragmentsOnCompositeTypesRule cases of graphql-js's validation tests, ported one by one under their own names; expected errors are
/// graphql-js 17.1.0's (messages and locations).
/// </summary>
public sealed class FragmentsOnCompositeTypesRuleTests : ValidationHarness
{
    protected override IValidationRule Rule { get; } = new FragmentsOnCompositeTypesRule();

    /// <summary>Validate: Fragments on composite types object is valid fragment type</summary>
    [Fact]
    public void ObjectIsValidFragmentType() => ExpectValid(
            """

                  fragment validFragment on Dog {
                    barks
                  }
            """);

    /// <summary>Validate: Fragments on composite types interface is valid fragment type</summary>
    [Fact]
    public void InterfaceIsValidFragmentType() => ExpectValid(
            """

                  fragment validFragment on Pet {
                    name
                  }
            """);

    /// <summary>Validate: Fragments on composite types object is valid inline fragment type</summary>
    [Fact]
    public void ObjectIsValidInlineFragmentType() => ExpectValid(
            """

                  fragment validFragment on Pet {
                    ... on Dog {
                      barks
                    }
                  }
            """);

    /// <summary>Validate: Fragments on composite types interface is valid inline fragment type</summary>
    [Fact]
    public void InterfaceIsValidInlineFragmentType() => ExpectValid(
            """

                  fragment validFragment on Mammal {
                    ... on Canine {
                      name
                    }
                  }
            """);

    /// <summary>Validate: Fragments on composite types inline fragment without type is valid</summary>
    [Fact]
    public void InlineFragmentWithoutTypeIsValid() => ExpectValid(
            """

                  fragment validFragment on Pet {
                    ... {
                      name
                    }
                  }
            """);

    /// <summary>Validate: Fragments on composite types union is valid fragment type</summary>
    [Fact]
    public void UnionIsValidFragmentType() => ExpectValid(
            """

                  fragment validFragment on CatOrDog {
                    __typename
                  }
            """);

    /// <summary>Validate: Fragments on composite types scalar is invalid fragment type</summary>
    [Fact]
    public void ScalarIsInvalidFragmentType() => ExpectErrors(
            """

                  fragment scalarFragment on Boolean {
                    bad
                  }
            """,
            Error("Fragment \"scalarFragment\" cannot condition on non composite type \"Boolean\".", (2, 34)));

    /// <summary>Validate: Fragments on composite types enum is invalid fragment type</summary>
    [Fact]
    public void EnumIsInvalidFragmentType() => ExpectErrors(
            """

                  fragment scalarFragment on FurColor {
                    bad
                  }
            """,
            Error("Fragment \"scalarFragment\" cannot condition on non composite type \"FurColor\".", (2, 34)));

    /// <summary>Validate: Fragments on composite types input object is invalid fragment type</summary>
    [Fact]
    public void InputObjectIsInvalidFragmentType() => ExpectErrors(
            """

                  fragment inputFragment on ComplexInput {
                    stringField
                  }
            """,
            Error("Fragment \"inputFragment\" cannot condition on non composite type \"ComplexInput\".", (2, 33)));

    /// <summary>Validate: Fragments on composite types scalar is invalid inline fragment type</summary>
    [Fact]
    public void ScalarIsInvalidInlineFragmentType() => ExpectErrors(
            """

                  fragment invalidFragment on Pet {
                    ... on String {
                      barks
                    }
                  }
            """,
            Error("Fragment cannot condition on non composite type \"String\".", (3, 16)));
}
