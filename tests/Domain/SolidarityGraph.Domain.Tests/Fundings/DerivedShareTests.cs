using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Fundings;

namespace SolidarityGraph.Domain.Tests.Fundings;

public sealed class DerivedShareTests
{
    [Theory]
    [InlineData("16322", "69966", "0.2333")]
    [InlineData("1", "8", "0.125")]
    [InlineData("1", "3", "0.3333")]
    [InlineData("2", "3", "0.6667")]
    [InlineData("50", "100", "0.5")]
    [InlineData("0", "100", "0")]
    [InlineData("100", "100", "1")]
    public void ComputesAmountOverBudgetToFourPlaces(string amount, string budget, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            DerivedShare.Compute(Eur(amount), Eur(budget)));

    [Fact]
    public void MidpointsRoundAwayFromZero()
    {
        // 0.00005 exactly: banker's rounding would give 0.0000, away-from-zero gives 0.0001.
        Assert.Equal(0.0001m, DerivedShare.Compute(new Money(1m, "EUR"), new Money(20000m, "EUR")));
        // 0.23335 exactly: 4667 / 20000.
        Assert.Equal(0.2334m, DerivedShare.Compute(new Money(4667m, "EUR"), new Money(20000m, "EUR")));
    }

    [Fact]
    public void DifferentCurrenciesAreRejected() =>
        DomainAssert.Throws(
            DomainErrorCodes.ShareCurrencyMismatch,
            "Cannot derive a share: the funding is in USD but the budget is in EUR.",
            () => DerivedShare.Compute(new Money(1m, "USD"), Eur("10")));

    [Fact]
    public void ZeroBudgetIsRejected() =>
        DomainAssert.Throws(
            DomainErrorCodes.ShareBudgetNotPositive,
            "Cannot derive a share: the budget must be greater than zero, got 0 EUR.",
            () => DerivedShare.Compute(Eur("1"), Eur("0")));

    [Fact]
    public void AmountAboveBudgetIsRejected() =>
        DomainAssert.Throws(
            DomainErrorCodes.ShareExceedsBudget,
            "Cannot derive a share: the funding of 70000 EUR is outside 0 to the budget of 69966 EUR.",
            () => DerivedShare.Compute(Eur("70000"), Eur("69966")));

    private static Money Eur(string amount) =>
        new(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), "EUR");
}
