using Microsoft.AspNetCore.Http;

namespace SolidarityGraph.Api.Infrastructure.Lists;

/// <summary>
/// What the <c>_RecordList</c> partial shows: the filter form, the sortable table of one page, the pager and the CSV
/// link. Every link keeps the search, the filters and the sort, so what a steward sees can be bookmarked or exported.
/// </summary>
public sealed class RecordListView
{
    /// <summary>The records' plural name in running text, e.g. "events".</summary>
    public required string Noun { get; init; }

    /// <summary>The list page's path; links carry it, so they work wherever they are followed from.</summary>
    public required string Path { get; init; }

    /// <summary>The type's slug, for bulk delete.</summary>
    public required string Slug { get; init; }

    /// <summary>The create page, with its link text; null when the records are created from another record's page.</summary>
    public required (string Url, string Text)? Create { get; init; }

    /// <summary>Where the records are created instead, when <see cref="Create"/> is null.</summary>
    public string? CreateElsewhere { get; init; }

    /// <summary>The table's columns.</summary>
    public required IReadOnlyList<(string Key, string Label)> Columns { get; init; }

    /// <summary>The filters with the value chosen now (empty for any).</summary>
    public required IReadOnlyList<(string Key, string Label, IReadOnlyList<string>? Choices, string Value, string? Placeholder)> Filters { get; init; }

    /// <summary>The rows of this page: the record's key, its name (for the select box) and its cells.</summary>
    public required IReadOnlyList<(string Id, string Name, IReadOnlyList<(string Text, string? Url)> Cells)> Rows { get; init; }

    /// <summary>The search text.</summary>
    public string? Search { get; init; }

    /// <summary>The column sorted by.</summary>
    public required string Sort { get; init; }

    /// <summary>True when sorted descending.</summary>
    public bool Descending { get; init; }

    /// <summary>This page (1-based), the number of pages and the number of rows on all pages.</summary>
    public required (int Page, int PageCount, int Total) Paging { get; init; }

    /// <summary>The link to this list with the search and filters kept and the given sort, page or handler.</summary>
    public string Link(string? sort = null, bool? descending = null, int? page = null, string? handler = null)
    {
        var query = new Dictionary<string, string?> { ["q"] = Search };
        foreach (var filter in Filters)
        {
            query[filter.Key] = filter.Value;
        }

        (query["sort"], query["desc"]) = (sort ?? Sort, (descending ?? Descending) ? "true" : null);
        (query["p"], query["handler"]) = (page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null, handler);
        return Path + QueryString.Create(query.Where(kv => !string.IsNullOrEmpty(kv.Value))).ToUriComponent();
    }
}
