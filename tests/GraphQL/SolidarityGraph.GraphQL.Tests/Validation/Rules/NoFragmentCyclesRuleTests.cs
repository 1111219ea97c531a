using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The NoFragmentCyclesRule cases of graphql-js's validation tests, ported one by one under their own names; expected errors are
/// graphql-js 17.1.0's (messages and locations).
/// </summary>
public sealed class NoFragmentCyclesRuleTests : ValidationHarness
{
    protected override IValidationRule Rule { get; } = new NoFragmentCyclesRule();

    /// <summary>Validate: No circular fragment spreads single reference is valid</summary>
    [Fact]
    public void SingleReferenceIsValid() => ExpectValid(
            """

                  fragment fragA on Dog { ...fragB }
                  fragment fragB on Dog { name }
            """);

    /// <summary>Validate: No circular fragment spreads spreading twice is not circular</summary>
    [Fact]
    public void SpreadingTwiceIsNotCircular() => ExpectValid(
            """

                  fragment fragA on Dog { ...fragB, ...fragB }
                  fragment fragB on Dog { name }
            """);

    /// <summary>Validate: No circular fragment spreads spreading twice indirectly is not circular</summary>
    [Fact]
    public void SpreadingTwiceIndirectlyIsNotCircular() => ExpectValid(
            """

                  fragment fragA on Dog { ...fragB, ...fragC }
                  fragment fragB on Dog { ...fragC }
                  fragment fragC on Dog { name }
            """);

    /// <summary>Validate: No circular fragment spreads double spread within abstract types</summary>
    [Fact]
    public void DoubleSpreadWithinAbstractTypes() => ExpectValid(
            """

                  fragment nameFragment on Pet {
                    ... on Dog { name }
                    ... on Cat { name }
                  }

                  fragment spreadsInAnon on Pet {
                    ... on Dog { ...nameFragment }
                    ... on Cat { ...nameFragment }
                  }
            """);

    /// <summary>Validate: No circular fragment spreads does not false positive on unknown fragment</summary>
    [Fact]
    public void DoesNotFalsePositiveOnUnknownFragment() => ExpectValid(
            """

                  fragment nameFragment on Pet {
                    ...UnknownFragment
                  }
            """);

    /// <summary>Validate: No circular fragment spreads spreading recursively within field fails</summary>
    [Fact]
    public void SpreadingRecursivelyWithinFieldFails() => ExpectErrors(
            """

                  fragment fragA on Human { relatives { ...fragA } },
            """,
            Error("Cannot spread fragment \"fragA\" within itself.", (2, 45)));

    /// <summary>Validate: No circular fragment spreads no spreading itself directly</summary>
    [Fact]
    public void NoSpreadingItselfDirectly() => ExpectErrors(
            """

                  fragment fragA on Dog { ...fragA }
            """,
            Error("Cannot spread fragment \"fragA\" within itself.", (2, 31)));

    /// <summary>Validate: No circular fragment spreads no spreading itself directly within inline fragment</summary>
    [Fact]
    public void NoSpreadingItselfDirectlyWithinInlineFragment() => ExpectErrors(
            """

                  fragment fragA on Pet {
                    ... on Dog {
                      ...fragA
                    }
                  }
            """,
            Error("Cannot spread fragment \"fragA\" within itself.", (4, 11)));

    /// <summary>Validate: No circular fragment spreads no spreading itself indirectly</summary>
    [Fact]
    public void NoSpreadingItselfIndirectly() => ExpectErrors(
            """

                  fragment fragA on Dog { ...fragB }
                  fragment fragB on Dog { ...fragA }
            """,
            Error("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (2, 31), (3, 31)));

    /// <summary>Validate: No circular fragment spreads no spreading itself indirectly reports opposite order</summary>
    [Fact]
    public void NoSpreadingItselfIndirectlyReportsOppositeOrder() => ExpectErrors(
            """

                  fragment fragB on Dog { ...fragA }
                  fragment fragA on Dog { ...fragB }
            """,
            Error("Cannot spread fragment \"fragB\" within itself via \"fragA\".", (2, 31), (3, 31)));

    /// <summary>Validate: No circular fragment spreads no spreading itself indirectly within inline fragment</summary>
    [Fact]
    public void NoSpreadingItselfIndirectlyWithinInlineFragment() => ExpectErrors(
            """

                  fragment fragA on Pet {
                    ... on Dog {
                      ...fragB
                    }
                  }
                  fragment fragB on Pet {
                    ... on Dog {
                      ...fragA
                    }
                  }
            """,
            Error("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (4, 11), (9, 11)));

    /// <summary>Validate: No circular fragment spreads no spreading itself deeply</summary>
    [Fact]
    public void NoSpreadingItselfDeeply() => ExpectErrors(
            """

                  fragment fragA on Dog { ...fragB }
                  fragment fragB on Dog { ...fragC }
                  fragment fragC on Dog { ...fragO }
                  fragment fragX on Dog { ...fragY }
                  fragment fragY on Dog { ...fragZ }
                  fragment fragZ on Dog { ...fragO }
                  fragment fragO on Dog { ...fragP }
                  fragment fragP on Dog { ...fragA, ...fragX }
            """,
            Error("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\", \"fragO\", \"fragP\".", (2, 31), (3, 31), (4, 31), (8, 31), (9, 31)),
            Error("Cannot spread fragment \"fragO\" within itself via \"fragP\", \"fragX\", \"fragY\", \"fragZ\".", (8, 31), (9, 41), (5, 31), (6, 31), (7, 31)));

    /// <summary>Validate: No circular fragment spreads no spreading itself deeply two paths</summary>
    [Fact]
    public void NoSpreadingItselfDeeplyTwoPaths() => ExpectErrors(
            """

                  fragment fragA on Dog { ...fragB, ...fragC }
                  fragment fragB on Dog { ...fragA }
                  fragment fragC on Dog { ...fragA }
            """,
            Error("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (2, 31), (3, 31)),
            Error("Cannot spread fragment \"fragA\" within itself via \"fragC\".", (2, 41), (4, 31)));

    /// <summary>Validate: No circular fragment spreads no spreading itself deeply two paths -- alt traverse order</summary>
    [Fact]
    public void NoSpreadingItselfDeeplyTwoPathsAltTraverseOrder() => ExpectErrors(
            """

                  fragment fragA on Dog { ...fragC }
                  fragment fragB on Dog { ...fragC }
                  fragment fragC on Dog { ...fragA, ...fragB }
            """,
            Error("Cannot spread fragment \"fragA\" within itself via \"fragC\".", (2, 31), (4, 31)),
            Error("Cannot spread fragment \"fragC\" within itself via \"fragB\".", (4, 41), (3, 31)));

    /// <summary>Validate: No circular fragment spreads no spreading itself deeply and immediately</summary>
    [Fact]
    public void NoSpreadingItselfDeeplyAndImmediately() => ExpectErrors(
            """

                  fragment fragA on Dog { ...fragB }
                  fragment fragB on Dog { ...fragB, ...fragC }
                  fragment fragC on Dog { ...fragA, ...fragB }
            """,
            Error("Cannot spread fragment \"fragB\" within itself.", (3, 31)),
            Error("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\".", (2, 31), (3, 41), (4, 31)),
            Error("Cannot spread fragment \"fragB\" within itself via \"fragC\".", (3, 41), (4, 41)));
}
