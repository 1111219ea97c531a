using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Api.Pages.Admin.Sources;

/// <summary>
/// Deletes a source nothing cites, through <see cref="DeletionGuard"/> like the <c>deleteSource</c> mutation. While
/// citations quote it the page names each cited record, so the steward knows what to change first.
/// </summary>
internal sealed class DeleteModel(SolidarityGraphDbContext db) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    [BindProperty]
    public long Version { get; set; }

    public Source? Source { get; private set; }

    /// <summary>The records whose citations quote the source: name, address and the fields quoted for.</summary>
    public IReadOnlyList<(string Name, string? Url, string Supports)> CitedBy { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadLookupsAsync();
        if (Source is null)
        {
            return NotFound();
        }

        Version = Source.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await db.LoadForEditAsync<Source>(Id, Version) is not { } source)
        {
            return NotFound();
        }

        await DeletionGuard.DeleteAsync(db, source);
        await db.SaveChangesAsync();
        TempData["Message"] = $"Source «{source.Title}» deleted.";
        return RedirectToPage("Index");
    }

    public override async Task LoadLookupsAsync()
    {
        Source = await db.Sources.AsNoTracking().SingleOrDefaultAsync(s => s.Id == Id);
        var citations = await db.Citations.AsNoTracking().Where(c => c.SourceId == Id).ToListAsync();
        var names = await RecordNames.LoadAsync(db);
        CitedBy = citations.GroupBy(c => c.Subject.Id)
            .Select(g => (names.Of(g.Key), names.UrlOf(g.Key), string.Join(", ", g.SelectMany(c => c.Supports).Distinct())))
            .OrderBy(c => c.Item1, StringComparer.OrdinalIgnoreCase).ToList();
    }

    public override Task OnConflictAsync(ConcurrencyConflictException conflict)
    {
        ModelState.Remove(nameof(Version));
        return Task.CompletedTask;
    }
}
