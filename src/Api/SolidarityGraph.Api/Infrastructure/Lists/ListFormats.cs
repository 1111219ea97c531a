using System.Globalization;
using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Api.Infrastructure.Lists;

/// <summary>How lists and their CSV write values, the same on every list.</summary>
public static class ListFormats
{
    /// <summary>When a record last changed, to the minute (UTC).</summary>
    public static string Updated(EntityBase entity) =>
        (entity ?? throw new ArgumentNullException(nameof(entity))).UpdatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The "Updated" column every list ends with.</summary>
    public static ListColumn<T> UpdatedColumn<T>()
        where T : EntityBase => new("updated", "Updated", Updated) { SortBy = e => e.UpdatedAt, Searchable = false };

    /// <summary>A column naming the record <paramref name="id"/> points to, linked to its page.</summary>
    public static ListColumn<T> Reference<T>(string key, string label, RecordNames names, Func<T, string?> id) =>
        new(key, label, r => id(r) is { } value ? names.Of(value) : null) { Url = r => names.UrlOf(id(r)) };

    /// <summary>A free-text date filter: rows whose <paramref name="date"/> is on or after (or before) the date typed.</summary>
    public static ListFilter<T> DateBound<T>(string key, string label, Func<T, PartialDate?> date, bool from) =>
        new(key, label, null, (row, text) => date(row) is { } d && Compare(d, text) is { } c && (from ? c >= 0 : c <= 0)) { Placeholder = "YYYY-MM-DD" };

    // Partial dates compare by their written form truncated to the shorter of the two ("2019-05" is within "2019").
    private static int? Compare(PartialDate date, string text)
    {
        var (value, bound) = (date.ToString().TrimEnd('~'), text.Trim().TrimEnd('~'));
        var length = Math.Min(value.Length, bound.Length);
        return length < 4 ? null : string.CompareOrdinal(value[..length], bound[..length]);
    }
}
