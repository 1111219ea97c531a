using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The UniqueOperationNamesRule cases of graphql-js's validation tests, ported one by one under their own names; expected errors are
/// graphql-js 17.1.0's (messages and locations).
/// </summary>
public sealed class UniqueOperationNamesRuleTests : ValidationHarness
{
    protected override IValidationRule Rule { get; } = new UniqueOperationNamesRule();

    /// <summary>Validate: Unique operation names no operations</summary>
    [Fact]
    public void NoOperations() => ExpectValid(
            """

                  fragment fragA on Type {
                    field
                  }
            """);

    /// <summary>Validate: Unique operation names one anon operation</summary>
    [Fact]
    public void OneAnonOperation() => ExpectValid(
            """

                  {
                    field
                  }
            """);

    /// <summary>Validate: Unique operation names one named operation</summary>
    [Fact]
    public void OneNamedOperation() => ExpectValid(
            """

                  query Foo {
                    field
                  }
            """);

    /// <summary>Validate: Unique operation names multiple operations</summary>
    [Fact]
    public void MultipleOperations() => ExpectValid(
            """

                  query Foo {
                    field
                  }

                  query Bar {
                    field
                  }
            """);

    /// <summary>Validate: Unique operation names multiple operations of different types</summary>
    [Fact]
    public void MultipleOperationsOfDifferentTypes() => ExpectValid(
            """

                  query Foo {
                    field
                  }

                  mutation Bar {
                    field
                  }

                  subscription Baz {
                    field
                  }
            """);

    /// <summary>Validate: Unique operation names fragment and operation named the same</summary>
    [Fact]
    public void FragmentAndOperationNamedTheSame() => ExpectValid(
            """

                  query Foo {
                    ...Foo
                  }
                  fragment Foo on Type {
                    field
                  }
            """);

    /// <summary>Validate: Unique operation names multiple operations of same name</summary>
    [Fact]
    public void MultipleOperationsOfSameName() => ExpectErrors(
            """

                  query Foo {
                    fieldA
                  }
                  query Foo {
                    fieldB
                  }
            """,
            Error("There can be only one operation named \"Foo\".", (2, 13), (5, 13)));

    /// <summary>Validate: Unique operation names multiple ops of same name of different types (mutation)</summary>
    [Fact]
    public void MultipleOpsOfSameNameOfDifferentTypesMutation() => ExpectErrors(
            """

                  query Foo {
                    fieldA
                  }
                  mutation Foo {
                    fieldB
                  }
            """,
            Error("There can be only one operation named \"Foo\".", (2, 13), (5, 16)));

    /// <summary>Validate: Unique operation names multiple ops of same name of different types (subscription)</summary>
    [Fact]
    public void MultipleOpsOfSameNameOfDifferentTypesSubscription() => ExpectErrors(
            """

                  query Foo {
                    fieldA
                  }
                  subscription Foo {
                    fieldB
                  }
            """,
            Error("There can be only one operation named \"Foo\".", (2, 13), (5, 20)));
}
