using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The UniqueFragmentNamesRule cases of graphql-js's validation tests, ported one by one under their own names; expected errors are
/// graphql-js 17.1.0's (messages and locations).
/// </summary>
public sealed class UniqueFragmentNamesRuleTests : ValidationHarness
{
    protected override IValidationRule Rule { get; } = new UniqueFragmentNamesRule();

    /// <summary>Validate: Unique fragment names no fragments</summary>
    [Fact]
    public void NoFragments() => ExpectValid(
            """

                  {
                    field
                  }
            """);

    /// <summary>Validate: Unique fragment names one fragment</summary>
    [Fact]
    public void OneFragment() => ExpectValid(
            """

                  {
                    ...fragA
                  }

                  fragment fragA on Type {
                    field
                  }
            """);

    /// <summary>Validate: Unique fragment names many fragments</summary>
    [Fact]
    public void ManyFragments() => ExpectValid(
            """

                  {
                    ...fragA
                    ...fragB
                    ...fragC
                  }
                  fragment fragA on Type {
                    fieldA
                  }
                  fragment fragB on Type {
                    fieldB
                  }
                  fragment fragC on Type {
                    fieldC
                  }
            """);

    /// <summary>Validate: Unique fragment names inline fragments are always unique</summary>
    [Fact]
    public void InlineFragmentsAreAlwaysUnique() => ExpectValid(
            """

                  {
                    ...on Type {
                      fieldA
                    }
                    ...on Type {
                      fieldB
                    }
                  }
            """);

    /// <summary>Validate: Unique fragment names fragment and operation named the same</summary>
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

    /// <summary>Validate: Unique fragment names fragments named the same</summary>
    [Fact]
    public void FragmentsNamedTheSame() => ExpectErrors(
            """

                  {
                    ...fragA
                  }
                  fragment fragA on Type {
                    fieldA
                  }
                  fragment fragA on Type {
                    fieldB
                  }
            """,
            Error("There can be only one fragment named \"fragA\".", (5, 16), (8, 16)));

    /// <summary>Validate: Unique fragment names fragments named the same without being referenced</summary>
    [Fact]
    public void FragmentsNamedTheSameWithoutBeingReferenced() => ExpectErrors(
            """

                  fragment fragA on Type {
                    fieldA
                  }
                  fragment fragA on Type {
                    fieldB
                  }
            """,
            Error("There can be only one fragment named \"fragA\".", (2, 16), (5, 16)));
}
