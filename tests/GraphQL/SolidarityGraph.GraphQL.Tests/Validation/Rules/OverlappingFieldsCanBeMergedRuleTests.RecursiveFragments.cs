using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <content>The top-level cases about recursive fragments: the rule ends, and still finds conflicts, when fragments spread themselves.</content>
public sealed partial class OverlappingFieldsCanBeMergedRuleTests
{
    /// <summary>Validate: Overlapping fields can be merged does not infinite loop on recursive fragment</summary>
    [Fact]
    public void DoesNotInfiniteLoopOnRecursiveFragment() => ExpectValid(
            """

                  {
                    ...fragA
                  }

                  fragment fragA on Human { name, relatives { name, ...fragA } }
            """);

    /// <summary>Validate: Overlapping fields can be merged does not infinite loop on immediately recursive fragment</summary>
    [Fact]
    public void DoesNotInfiniteLoopOnImmediatelyRecursiveFragment() => ExpectValid(
            """

                  {
                    ...fragA
                  }

                  fragment fragA on Human { name, ...fragA }
            """);

    /// <summary>Validate: Overlapping fields can be merged does not infinite loop on recursive fragment with a field named after fragment</summary>
    [Fact]
    public void DoesNotInfiniteLoopOnRecursiveFragmentWithAFieldNamedAfterFragment() => ExpectValid(
            """

                  {
                    ...fragA
                    fragA
                  }

                  fragment fragA on Query { ...fragA }
            """);

    /// <summary>Validate: Overlapping fields can be merged finds invalid cases even with field named after fragment</summary>
    [Fact]
    public void FindsInvalidCasesEvenWithFieldNamedAfterFragment() => ExpectErrors(
            """

                  {
                    fragA
                    ...fragA
                  }

                  fragment fragA on Type {
                    fragA: b
                  }
            """,
            Error("Fields \"fragA\" conflict because \"fragA\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (8, 9)));

    /// <summary>Validate: Overlapping fields can be merged does not infinite loop on transitively recursive fragment</summary>
    [Fact]
    public void DoesNotInfiniteLoopOnTransitivelyRecursiveFragment() => ExpectValid(
            """

                  {
                    ...fragA
                    fragB
                  }

                  fragment fragA on Human { name, ...fragB }
                  fragment fragB on Human { name, ...fragC }
                  fragment fragC on Human { name, ...fragA }
            """);

    /// <summary>Validate: Overlapping fields can be merged finds invalid case even with immediately recursive fragment</summary>
    [Fact]
    public void FindsInvalidCaseEvenWithImmediatelyRecursiveFragment() => ExpectErrors(
            """

                  fragment sameAliasesWithDifferentFieldTargets on Dog {
                    ...sameAliasesWithDifferentFieldTargets
                    fido: name
                    fido: nickname
                  }
            """,
            Error("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 9), (5, 9)));

    /// <summary>Validate: Overlapping fields can be merged does not infinite loop on recursive fragments separated by fields</summary>
    [Fact]
    public void DoesNotInfiniteLoopOnRecursiveFragmentsSeparatedByFields() => ExpectValid(
            """

                  {
                    ...fragA
                    ...fragB
                  }

                  fragment fragA on T {
                    x {
                      ...fragA
                      x {
                        ...fragA
                      }
                    }
                  }

                  fragment fragB on T {
                    x {
                      ...fragB
                      x {
                        ...fragB
                      }
                    }
                  }
            """);
}
