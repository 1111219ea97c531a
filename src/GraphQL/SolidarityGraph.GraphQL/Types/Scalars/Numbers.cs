using System.Globalization;

namespace SolidarityGraph.GraphQL.Types.Scalars;

/// <summary>Reads CLR numbers the way the spec scalars need: as a double, and whether they are whole.</summary>
internal static class Numbers
{
    /// <summary>Whether <paramref name="value"/> is a CLR number (not <see cref="bool"/>, not <see cref="char"/>).</summary>
    public static bool IsNumber(object? value) => value is int or long or double or decimal or float or short or byte
        or sbyte or uint or ulong or ushort;

    /// <summary>The number as a double (may lose precision for huge longs and decimals).</summary>
    public static double ToDouble(object value) => Convert.ToDouble(value, CultureInfo.InvariantCulture);

    /// <summary>Whether the number is finite and has no fractional part.</summary>
    public static bool IsWhole(object value) => value switch
    {
        double d => !double.IsNaN(d) && !double.IsInfinity(d) && Math.Floor(d) == d,
        float f => !float.IsNaN(f) && !float.IsInfinity(f) && Math.Floor(f) == f,
        decimal m => decimal.Truncate(m) == m,
        _ => true,
    };

    /// <summary>Whether the number is neither NaN nor infinite.</summary>
    public static bool IsFinite(object value) => value switch
    {
        double d => !double.IsNaN(d) && !double.IsInfinity(d),
        float f => !float.IsNaN(f) && !float.IsInfinity(f),
        _ => true,
    };

    /// <summary>The whole number as a 64-bit integer, or <see langword="null"/> when outside that range.</summary>
    public static long? ToInt64(object value) => value switch
    {
        ulong u => u <= long.MaxValue ? (long)u : null,
        double d => d >= -9.2233720368547758E18 && d < 9.2233720368547758E18 ? (long)d : null,
        float f => f >= -9.2233720368547758E18 && f < 9.2233720368547758E18 ? (long)f : null,
        decimal m => m >= long.MinValue && m <= long.MaxValue ? (long)m : null,
        _ => Convert.ToInt64(value, CultureInfo.InvariantCulture),
    };

    /// <summary>JavaScript's <c>Number(text)</c> for decimal text: <see langword="null"/> when it is not a number.</summary>
    public static double? ParseJsNumber(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return trimmed.Length == text.Length ? null : 0;
        }

        return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
    }
}
