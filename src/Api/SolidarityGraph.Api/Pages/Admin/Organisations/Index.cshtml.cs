using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Pages.Admin.Organisations;

/// <summary>Organisations with search over names and acronyms, sortable columns, paging and a CSV of the current list.</summary>
public sealed class IndexModel(SolidarityGraphDbContext db) : AdminPageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Sort { get; set; } = "name";

    [BindProperty(SupportsGet = true, Name = "desc")]
    public bool Descending { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Paged<Organisation> Result { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Result = await Paged<Organisation>.ReadAsync(Query(), PageNumber, Search, Sort, Descending);
        PageNumber = Result.Page;
    }

    /// <summary>The list as searched and sorted, every page, with the columns the table shows.</summary>
    public async Task<IActionResult> OnGetCsvAsync() => Csv.File(
        "organisations.csv",
        ["Name", "Acronym", "Kind", "Country", "Updated"],
        (await Query().ToListAsync()).Select(o => new[] { o.Name, o.Acronym, o.Kind.ToString(), o.CountryCode, Updated(o) }));

    /// <summary>How the list shows when a record last changed.</summary>
    public static string Updated(Organisation organisation) => organisation.UpdatedAt.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private IQueryable<Organisation> Query()
    {
        var query = db.Organisations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var pattern = $"%{Search.Trim().ToLowerInvariant()}%"; // lower() both sides: PostgreSQL's LIKE is case-sensitive
            query = query.Where(o => EF.Functions.Like(o.Name.ToLower(), pattern) || (o.Acronym != null && EF.Functions.Like(o.Acronym.ToLower(), pattern)));
        }

        Sort = Sort is "kind" or "country" or "updated" ? Sort : "name";
        var ordered = (Sort, Descending) switch
        {
            ("kind", false) => query.OrderBy(o => o.Kind).ThenBy(o => o.Name),
            ("kind", true) => query.OrderByDescending(o => o.Kind).ThenBy(o => o.Name),
            ("country", false) => query.OrderBy(o => o.CountryCode).ThenBy(o => o.Name),
            ("country", true) => query.OrderByDescending(o => o.CountryCode).ThenBy(o => o.Name),
            ("updated", false) => query.OrderBy(o => o.UpdatedAt),
            ("updated", true) => query.OrderByDescending(o => o.UpdatedAt),
            (_, false) => query.OrderBy(o => o.Name),
            (_, true) => query.OrderByDescending(o => o.Name),
        };

        // The key breaks ties, so the page and the CSV list equal rows in the same order.
        return ordered.ThenBy(o => o.Id);
    }
}
