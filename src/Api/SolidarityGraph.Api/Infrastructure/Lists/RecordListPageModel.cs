using Microsoft.AspNetCore.Mvc;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Infrastructure.Lists;

/// <summary>
/// A list page of one record type: search, the type's filters, sort by any column, paging and a CSV of the whole
/// filtered list, in the order shown. A page only says which rows, columns and filters its type has; the
/// <c>_RecordList</c> partial renders them. Admin data sets are small, so rows are filtered and sorted in memory,
/// with names from <see cref="RecordNames"/> (related records appear by name, never by key).
/// </summary>
internal abstract class RecordListPageModel<T>(SolidarityGraphDbContext db) : AdminPageModel
    where T : EntityBase
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "desc")]
    public bool Descending { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>What the <c>_RecordList</c> partial shows.</summary>
    public RecordListView View { get; private set; } = null!;

    /// <summary>The records' plural name in running text, e.g. "events"; also the CSV file's name.</summary>
    protected abstract string Noun { get; }

    /// <summary>The text of the link to the create page, e.g. "New event"; null for records created from another record's page.</summary>
    protected abstract string? CreateText { get; }

    /// <summary>Where a steward creates these records when the list has no create page, e.g. "Funders are linked from a project's page.".</summary>
    protected virtual string? CreateElsewhere => null;

    /// <summary>The columns; the first is the record's name and links to its page.</summary>
    protected abstract IReadOnlyList<ListColumn<T>> Columns(RecordNames names);

    /// <summary>The filters, given every row (so choices can be the values the rows have).</summary>
    protected virtual IReadOnlyList<ListFilter<T>> Filters(RecordNames names, IReadOnlyList<T> rows) => [];

    /// <summary>The rows before filtering: every record of the type.</summary>
    protected virtual IReadOnlyList<T> Rows(RecordNames names) => names.All(typeof(T)).Select(r => (T)r.Entity).ToList();

    public async Task OnGetAsync()
    {
        var (names, kind, columns, rows) = await ListAsync();
        var page = Paged<T>.Of(rows, PageNumber, Search, Sort!, Descending);
        PageNumber = page.Page;
        View = new RecordListView
        {
            Noun = Noun,
            Path = Request.Path,
            Slug = kind.Slug,
            Create = CreateText is null ? null : ($"{kind.ListUrl}/create", CreateText),
            CreateElsewhere = CreateElsewhere,
            Columns = columns.Where(c => c.InTable).Select(c => (c.Key, c.Label)).ToList(),
            Filters = CurrentFilters(names, rows).Select(f => (f.Filter.Key, f.Filter.Label, f.Filter.Choices, f.Value, f.Filter.Placeholder)).ToList(),
            Rows = page.Items.Select(row => (row.Id, names.Of(row), Cells(columns, row))).ToList(),
            Search = Search,
            Sort = Sort!,
            Descending = Descending,
            Paging = (page.Page, page.PageCount, page.Total),
        };
    }

    /// <summary>The list as searched, filtered and sorted, every page, one CSV column per list column.</summary>
    public async Task<IActionResult> OnGetCsvAsync()
    {
        var (_, _, columns, rows) = await ListAsync();
        return Csv.File($"{Noun.Replace(' ', '-')}.csv", columns.Select(c => c.Label).ToList(), rows.Select(r => columns.Select(c => c.Text(r)).ToList()));
    }

    private async Task<(RecordNames Names, EntityKind Kind, IReadOnlyList<ListColumn<T>> Columns, IReadOnlyList<T> Rows)> ListAsync()
    {
        var names = await RecordNames.LoadAsync(db);
        var (kind, columns, all) = (EntityCatalog.Of(db, typeof(T)), Columns(names), Rows(names));
        IEnumerable<T> rows = all;
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var text = Search.Trim();
            rows = rows.Where(r => columns.Any(c => c.Searchable && c.Text(r)?.Contains(text, StringComparison.OrdinalIgnoreCase) == true));
        }

        foreach (var (filter, value) in CurrentFilters(names, all).Where(f => f.Value.Length > 0))
        {
            rows = rows.Where(r => filter.Matches(r, value));
        }

        var sort = columns.FirstOrDefault(c => c.Key == Sort) ?? columns[0];
        Sort = sort.Key;
        var ordered = Descending ? rows.OrderByDescending(sort.SortKeyOf, Comparer<IComparable?>.Default) : rows.OrderBy(sort.SortKeyOf, Comparer<IComparable?>.Default);

        // The name, then the key, break ties, so the page and the CSV list equal rows in the same order.
        return (names, kind, columns, ordered.ThenBy(columns[0].SortKeyOf, Comparer<IComparable?>.Default).ThenBy(r => r.Id, StringComparer.Ordinal).ToList());
    }

    private IEnumerable<(ListFilter<T> Filter, string Value)> CurrentFilters(RecordNames names, IReadOnlyList<T> rows) =>
        Filters(names, rows).Select(f => (f, Request.Query[f.Key].ToString().Trim()));

    private static IReadOnlyList<(string Text, string? Url)> Cells(IReadOnlyList<ListColumn<T>> columns, T row) =>
        columns.Where(c => c.InTable).Select(c => ((c.Shown ?? c.Text)(row) is { Length: > 0 } text ? text : "—", c.Url?.Invoke(row))).ToList();
}
