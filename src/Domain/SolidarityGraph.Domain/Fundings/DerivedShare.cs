using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Fundings;

/// <summary>
/// Computes a funding's share of a project budget (DOMAIN.md §4.4: DERIVED = amount / budget, same currency only).
/// The share is rounded to <see cref="DecimalPlaces"/> places with <see cref="MidpointRounding.AwayFromZero"/>,
/// so 16,322 / 69,966 = 0.23328… becomes 0.2333.
/// </summary>
public static class DerivedShare
{
    /// <summary>Decimal places kept in a derived share.</summary>
    public const int DecimalPlaces = 4;

    /// <summary>Returns <paramref name="amount"/> / <paramref name="budget"/>, rounded; both in one currency, 0 ≤ share ≤ 1.</summary>
    public static decimal Compute(Money amount, Money budget)
    {
        ArgumentNullException.ThrowIfNull(amount);
        ArgumentNullException.ThrowIfNull(budget);
        if (amount.Currency != budget.Currency)
        {
            throw new DomainException(
                DomainErrorCodes.ShareCurrencyMismatch,
                $"Cannot derive a share: the funding is in {amount.Currency} but the budget is in {budget.Currency}.");
        }

        if (budget.Amount <= 0)
        {
            throw new DomainException(
                DomainErrorCodes.ShareBudgetNotPositive,
                $"Cannot derive a share: the budget must be greater than zero, got {budget}.");
        }

        if (amount.Amount < 0 || amount.Amount > budget.Amount)
        {
            throw new DomainException(
                DomainErrorCodes.ShareExceedsBudget,
                $"Cannot derive a share: the funding of {amount} is outside 0 to the budget of {budget}.");
        }

        return Math.Round(amount.Amount / budget.Amount, DecimalPlaces, MidpointRounding.AwayFromZero);
    }

    /// <summary>The rationale text stored with the DERIVED citation, e.g. <c>16322.00 EUR / 69966.00 EUR = 0.2333</c>.</summary>
    public static string Rationale(Money amount, Money budget, decimal share) =>
        FormattableString.Invariant($"{amount} / {budget} = {share} (rounded to {DecimalPlaces} places, midpoint away from zero)");
}
