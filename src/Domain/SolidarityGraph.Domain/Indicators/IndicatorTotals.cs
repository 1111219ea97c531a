using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Indicators;

/// <summary>A sum of reported values of one indicator code; a lower bound when any part is approximate or "more than".</summary>
/// <param name="Code">The indicator code summed.</param>
/// <param name="Total">The sum.</param>
/// <param name="IsLowerBound">True when any value was APPROX, GT or GTE (DOMAIN.md §4.5 rule 5).</param>
public sealed record IndicatorTotal(string Code, decimal Total, bool IsLowerBound);

/// <summary>Totals follow DOMAIN.md §4.5 rule 5: comparator semantics carry over, and different codes are never summed.</summary>
public static class IndicatorTotals
{
    /// <summary>Code: values of different indicator codes were passed to one total.</summary>
    public const string MixedCodes = "INDICATOR_TOTAL_MIXED_CODES";

    /// <summary>Sums <paramref name="values"/>, all of indicator code <paramref name="code"/>.</summary>
    public static IndicatorTotal Sum(string code, IEnumerable<(string Code, IndicatorValue Value)> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        decimal total = 0;
        var lowerBound = false;
        foreach (var (valueCode, value) in values)
        {
            if (valueCode != code)
            {
                throw new DomainException(MixedCodes, $"Cannot add a {valueCode} value to a total of {code}: different indicators are never summed.");
            }

            total += value.Value;
            lowerBound |= value.IsLowerBound;
        }

        return new IndicatorTotal(code, total, lowerBound);
    }
}
