using System.Globalization;
using System.Text.RegularExpressions;

namespace SolidarityGraph.Domain.Common;

/// <summary>
/// An exact amount in an ISO 4217 currency (DOMAIN.md §4.1: never floats). At most
/// <see cref="MaxDecimalPlaces"/> decimal places, because that is what the database stores exactly.
/// </summary>
public sealed partial record Money
{
    /// <summary>Decimal places kept exactly by persistence (ISO 4217 minor units never exceed 4).</summary>
    public const int MaxDecimalPlaces = 4;

    /// <summary>Creates an amount; the currency must be three uppercase letters.</summary>
    public Money(decimal amount, string currency)
    {
        Amount = RequireScale(amount, "Amount");
        Currency = RequireCurrency(currency);
    }

    /// <summary>The amount, exact.</summary>
    public decimal Amount { get; private set; }

    /// <summary>ISO 4217 alphabetic code, e.g. <c>EUR</c>.</summary>
    public string Currency { get; private set; }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Amount} {Currency}");

    /// <summary>Validates an ISO 4217 alphabetic code (format only; the codelist check belongs to exports).</summary>
    public static string RequireCurrency(string? currency)
    {
        if (currency is null || !CurrencyPattern().IsMatch(currency))
        {
            throw new DomainException(
                DomainErrorCodes.MoneyInvalidCurrency,
                $"Currency '{currency}' is not an ISO 4217 code: expected three uppercase letters such as EUR.");
        }

        return currency;
    }

    /// <summary>Rejects values the database could not store exactly instead of rounding them silently.</summary>
    public static decimal RequireScale(decimal value, string field)
    {
        if (value.Scale > MaxDecimalPlaces && value != Math.Round(value, MaxDecimalPlaces))
        {
            throw new DomainException(
                DomainErrorCodes.MoneyTooPrecise,
                $"{field} {value.ToString(CultureInfo.InvariantCulture)} has more than {MaxDecimalPlaces} decimal places.");
        }

        return value;
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();
}
