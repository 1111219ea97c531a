using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Api.Pages.Admin.Sources;

/// <summary>Sources with search over title and URL, sorting and paging; shows whether each text is archived.</summary>
public sealed class IndexModel(SolidarityGraphDbContext db) : AdminPageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Sort { get; set; } = "title";

    [BindProperty(SupportsGet = true, Name = "desc")]
    public bool Descending { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Paged<Row> Result { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        var query = db.Sources.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var pattern = $"%{Search.Trim().ToLowerInvariant()}%"; // lower() both sides: PostgreSQL's LIKE is case-sensitive
            query = query.Where(s => EF.Functions.Like(s.Title.ToLower(), pattern) || (s.Url != null && EF.Functions.Like(s.Url.ToLower(), pattern)));
        }

        Sort = Sort == "retrieved" ? Sort : "title";
        query = (Sort, Descending) switch
        {
            ("retrieved", false) => query.OrderBy(s => s.RetrievedAt),
            ("retrieved", true) => query.OrderByDescending(s => s.RetrievedAt),
            (_, false) => query.OrderBy(s => s.Title),
            (_, true) => query.OrderByDescending(s => s.Title),
        };
        Result = await Paged<Row>.ReadAsync(
            query.Select(s => new Row(s.Id, s.Title, s.Url, s.RetrievedAt, s.ArchivedText != null)), PageNumber, Search, Sort, Descending);
        PageNumber = Result.Page;
    }

    public sealed record Row(string Id, string Title, string? Url, DateTime RetrievedAt, bool Archived);
}
