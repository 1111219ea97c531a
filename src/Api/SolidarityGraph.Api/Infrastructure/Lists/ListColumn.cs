namespace SolidarityGraph.Api.Infrastructure.Lists;

/// <summary>
/// One column of a record list: its header, its text (the CSV cell), how the table shows it, where it links and how it
/// sorts. Every column sorts; by its text unless <see cref="SortBy"/> gives a better key (a date, a number).
/// </summary>
public sealed record ListColumn<T>(string Key, string Label, Func<T, string?> Text)
{
    /// <summary>The table cell when it differs from the CSV cell (e.g. a name with its acronym).</summary>
    public Func<T, string?>? Shown { get; init; }

    /// <summary>The page the cell links to.</summary>
    public Func<T, string?>? Url { get; init; }

    /// <summary>The sort key; null sorts first.</summary>
    public Func<T, IComparable?>? SortBy { get; init; }

    /// <summary>False for a column the search box does not look into (e.g. when a record changed).</summary>
    public bool Searchable { get; init; } = true;

    /// <summary>False for a column only the CSV carries.</summary>
    public bool InTable { get; init; } = true;

    /// <summary>The key rows are ordered by.</summary>
    public IComparable? SortKeyOf(T row) => SortBy is null ? Text(row)?.ToUpperInvariant() : SortBy(row);
}

/// <summary>
/// One filter of a record list: a choice among <see cref="Choices"/> (or free text when there are none) and whether a
/// row passes the chosen value. The filter's key is its query parameter, so a filtered list is a link.
/// </summary>
public sealed record ListFilter<T>(string Key, string Label, IReadOnlyList<string>? Choices, Func<T, string, bool> Matches)
{
    /// <summary>Hint shown in a free-text filter, e.g. the date format.</summary>
    public string? Placeholder { get; init; }

    /// <summary>A filter choosing one value of an enum, e.g. an event's kind.</summary>
    public static ListFilter<T> Of<TEnum>(string key, string label, Func<T, TEnum?> value)
        where TEnum : struct, Enum =>
        new(key, label, Enum.GetNames<TEnum>(), (row, chosen) => value(row)?.ToString() == chosen);

    /// <summary>A filter choosing one of the values the rows have, e.g. a country code or a related record's name.</summary>
    public static ListFilter<T> Among(string key, string label, IEnumerable<T> rows, Func<T, IEnumerable<string?>> values)
    {
        var choices = rows.SelectMany(values).OfType<string>().Where(v => v.Length > 0)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.OrdinalIgnoreCase).ToList();
        return new(key, label, choices, (row, chosen) => values(row).Contains(chosen, StringComparer.Ordinal));
    }
}
