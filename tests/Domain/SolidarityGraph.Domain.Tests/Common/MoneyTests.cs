using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Tests.Common;

public sealed class MoneyTests
{
    [Fact]
    public void KeepsAmountExactly()
    {
        var money = new Money(16322.00m, "EUR");

        Assert.Equal(16322.00m, money.Amount);
        Assert.Equal("EUR", money.Currency);
        Assert.Equal("16322.00 EUR", money.ToString());
    }

    [Theory]
    [InlineData("eur")]
    [InlineData("EURO")]
    [InlineData("E1R")]
    [InlineData("")]
    public void CurrencyMustBeThreeUppercaseLetters(string currency) =>
        DomainAssert.Throws(
            DomainErrorCodes.MoneyInvalidCurrency,
            $"Currency '{currency}' is not an ISO 4217 code: expected three uppercase letters such as EUR.",
            () => new Money(1m, currency));

    [Fact]
    public void MoreThanFourDecimalPlacesAreRejected() =>
        DomainAssert.Throws(DomainErrorCodes.MoneyTooPrecise, "Amount 1.23456 has more than 4 decimal places.", () => new Money(1.23456m, "EUR"));

    [Fact]
    public void TrailingZerosBeyondFourPlacesAreAccepted() => Assert.Equal(1.2m, new Money(1.200000m, "EUR").Amount);
}
