using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Api.Pages.Admin.Projects;

/// <summary>Projects with search over titles and descriptions, sortable columns and paging.</summary>
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

    public Paged<Project> Result { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        var query = db.Projects.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var pattern = $"%{Search.Trim().ToLowerInvariant()}%"; // lower() both sides: PostgreSQL's LIKE is case-sensitive
            query = query.Where(p => EF.Functions.Like(p.Title.ToLower(), pattern) || (p.Description != null && EF.Functions.Like(p.Description.ToLower(), pattern)));
        }

        Sort = Sort is "kind" or "status" or "updated" ? Sort : "title";
        query = (Sort, Descending) switch
        {
            ("kind", false) => query.OrderBy(p => p.Kind).ThenBy(p => p.Title),
            ("kind", true) => query.OrderByDescending(p => p.Kind).ThenBy(p => p.Title),
            ("status", false) => query.OrderBy(p => p.Status).ThenBy(p => p.Title),
            ("status", true) => query.OrderByDescending(p => p.Status).ThenBy(p => p.Title),
            ("updated", false) => query.OrderBy(p => p.UpdatedAt),
            ("updated", true) => query.OrderByDescending(p => p.UpdatedAt),
            (_, false) => query.OrderBy(p => p.Title),
            (_, true) => query.OrderByDescending(p => p.Title),
        };

        Result = await Paged<Project>.ReadAsync(query, PageNumber, Search, Sort, Descending);
        PageNumber = Result.Page;
    }
}
