using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Persistence.Auditing;

namespace SolidarityGraph.Api.Pages.Admin;

/// <summary>The audit trail of one record, newest first: who changed what, and rejected attempts too.</summary>
internal sealed class HistoryModel(SolidarityGraphDbContext db) : AdminPageModel
{
    public string Id { get; private set; } = string.Empty;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public string? DetailsUrl { get; private set; }

    /// <summary>The record's name; its key once it is deleted (nothing else names it then).</summary>
    public string Name { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        (Id, Name) = (id, id);
        Entries = (await db.AuditEntries.AsNoTracking().Where(a => a.EntityId == id).ToListAsync())
            .OrderByDescending(a => a.Timestamp).ThenByDescending(a => a.Id, StringComparer.Ordinal).ToList();
        if (await EntityCatalog.FindAnyAsync(db, id) is { } found)
        {
            DetailsUrl = found.Kind.DetailsUrl(id);
            Name = (await RecordNames.LoadAsync(db)).Of(id);
        }

        return Entries.Count == 0 && DetailsUrl is null ? NotFound() : Page();
    }
}
