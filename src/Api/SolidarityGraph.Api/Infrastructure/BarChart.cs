using System.Globalization;

namespace SolidarityGraph.Api.Infrastructure;

/// <summary>One bar: a label, its value and the value as displayed (e.g. <c>16,322 EUR</c> or <c>≥ 20,573</c>).</summary>
public sealed record ChartBar(string Label, decimal Value, string Display);

/// <summary>
/// A horizontal bar chart rendered as inline SVG by <c>Pages/Shared/_BarChart.cshtml</c>, with the same numbers in
/// a table for screen readers and text browsers. Geometry is computed here so the view stays markup.
/// </summary>
public sealed record BarChart(string Id, string Title, string LabelHeading, string ValueHeading, IReadOnlyList<ChartBar> Bars, string? Note = null)
{
    /// <summary>Width of the label column in SVG units.</summary>
    public const int LabelWidth = 230;

    /// <summary>Width of the longest bar.</summary>
    public const int BarArea = 250;

    /// <summary>Height of one row.</summary>
    public const int RowHeight = 28;

    /// <summary>Total SVG height.</summary>
    public int Height => Math.Max(1, Bars.Count) * RowHeight + 8;

    /// <summary>Length of a bar, proportional to the largest value (at least 1 unit so a zero still shows).</summary>
    public string BarLength(ChartBar bar)
    {
        ArgumentNullException.ThrowIfNull(bar);
        var max = Bars.Count == 0 ? 0 : Bars.Max(b => b.Value);
        var length = max <= 0 ? 1 : Math.Max(1, (double)(bar.Value / max) * BarArea);
        return length.ToString("0.#", CultureInfo.InvariantCulture);
    }

    /// <summary>Top of row <paramref name="index"/>.</summary>
    public static int Top(int index) => index * RowHeight + 4;

    /// <summary>A label shortened to fit the label column; the full text stays in the table and the SVG title.</summary>
    public static string Short(string label) => label.Length <= 34 ? label : label[..32] + "…";

    /// <summary>Formats a number the way the charts show it: <c>16,322</c>, decimals only when present.</summary>
    public static string Number(decimal value) => value.ToString(value == decimal.Truncate(value) ? "#,0" : "#,0.##", CultureInfo.InvariantCulture);
}
