using Microsoft.AspNetCore.Mvc;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Pages.Admin.Browse;

/// <summary>
/// Every entity set (no slug), or one set as a searchable, sortable, paged list. Generic, for the types without
/// their own pages; sets are small, so filtering happens in memory.
/// </summary>
internal sealed class IndexModel(SolidarityGraphDbContext db) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Slug { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Sort { get; set; } = "title";

    [BindProperty(SupportsGet = true, Name = "desc")]
    public bool Descending { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public EntityKind? Kind { get; private set; }

    public IReadOnlyList<EntityKind> Kinds { get; private set; } = [];

    public Paged<(EntityBase Entity, string Title)>? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Kinds = EntityCatalog.Kinds(db);
        if (Slug is null)
        {
            return Page();
        }

        Kind = EntityCatalog.BySlug(db, Slug);
        if (Kind is null)
        {
            return NotFound();
        }

        // Titles come from RecordNames, so a funding reads "funder → recipient, amount", never its key.
        var rows = (await RecordNames.LoadAsync(db)).All(Kind.Type).Select(r => (r.Entity, Title: r.Name));
        if (!string.IsNullOrWhiteSpace(Search))
        {
            rows = rows.Where(r => r.Title.Contains(Search.Trim(), StringComparison.OrdinalIgnoreCase) || r.Entity.Id == Search.Trim());
        }

        Sort = Sort == "updated" ? Sort : "title";
        rows = (Sort, Descending) switch
        {
            ("updated", false) => rows.OrderBy(r => r.Entity.UpdatedAt),
            ("updated", true) => rows.OrderByDescending(r => r.Entity.UpdatedAt),
            (_, false) => rows.OrderBy(r => r.Title, StringComparer.OrdinalIgnoreCase),
            (_, true) => rows.OrderByDescending(r => r.Title, StringComparer.OrdinalIgnoreCase),
        };
        Result = Paged<(EntityBase Entity, string Title)>.Of(rows.ToList(), PageNumber, Search, Sort, Descending);
        PageNumber = Result.Page;
        return Page();
    }
}
