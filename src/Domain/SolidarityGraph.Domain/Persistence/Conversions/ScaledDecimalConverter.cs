using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Persistence.Conversions;

/// <summary>
/// Stores decimals as INTEGER scaled by 10^4 (e.g. 16322.00 → 163220000).
/// Why: SQLite has no decimal type. EF Core would store TEXT and sort and compare it through its own collation and
/// function, which no index can serve (Persistence.md has the figures), while a scaled integer keeps amounts exact and
/// lets SQLite sort, compare and sum them natively, with indexes. The domain
/// caps precision at <see cref="Money.MaxDecimalPlaces"/> so nothing is rounded here; values read back carry no
/// trailing zeros (16322.00 returns as 16322), which formatting for display handles.
/// </summary>
internal sealed class ScaledDecimalConverter : ValueConverter<decimal, long>
{
    /// <summary>10^<see cref="Money.MaxDecimalPlaces"/>.</summary>
    public const long Factor = 10_000;

    public ScaledDecimalConverter()
        : base(v => ToScaled(v), v => FromScaled(v))
    {
    }

    public static long ToScaled(decimal value)
    {
        var scaled = value * Factor;
        if (scaled != decimal.Truncate(scaled))
        {
            // Never round silently: the domain guards precision, so reaching this is a programming error.
            throw new InvalidOperationException(
                FormattableString.Invariant($"{value} has more than {Money.MaxDecimalPlaces} decimal places and cannot be stored exactly."));
        }

        return decimal.ToInt64(scaled);
    }

    public static decimal FromScaled(long value) => value / (decimal)Factor;
}
