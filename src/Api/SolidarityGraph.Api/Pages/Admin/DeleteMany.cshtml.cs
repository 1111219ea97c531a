using Microsoft.AspNetCore.Mvc;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Pages.Admin;

/// <summary>
/// Bulk delete from a list: one confirmation for every selected record. Refused, naming each record and what still
/// refers to it, when any is referenced (<see cref="DeletionGuard"/>); otherwise all go in one transaction or none.
/// The form carries each record's version as shown, so a record changed meanwhile is not deleted unseen.
/// </summary>
internal sealed class DeleteManyModel(SolidarityGraphDbContext db) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Type { get; set; } = string.Empty;

    /// <summary>Selected keys; on confirmation each is followed by its version (<c>key:version</c>).</summary>
    [BindProperty(SupportsGet = true)]
    public List<string> Ids { get; set; } = [];

    public EntityKind? Kind { get; private set; }

    public IReadOnlyList<(EntityBase Entity, string Name, IReadOnlyList<Dependent> Blocking)> Selected { get; private set; } = [];

    public bool Blocked => Selected.Any(s => s.Blocking.Count > 0);

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadLookupsAsync();
        return Kind is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadLookupsAsync();
        if (Kind is null)
        {
            return NotFound();
        }

        if (Blocked || Selected.Count == 0)
        {
            return Page();
        }

        var shown = Ids.Select(i => i.Split(':')).Where(p => p.Length == 2).ToDictionary(p => p[0], p => long.TryParse(p[1], out var v) ? v : -1);
        // Every version is checked before anything is deleted: all go, or none.
        if (Selected.FirstOrDefault(s => shown.GetValueOrDefault(s.Entity.Id, -1) != s.Entity.Version) is { Entity: not null } changed)
        {
            throw new ConcurrencyConflictException([$"{Kind.Label} «{changed.Name}»"]);
        }

        foreach (var (entity, _, _) in Selected)
        {
            await DeletionGuard.DeleteAsync(db, entity);
        }

        await db.SaveChangesAsync();
        TempData["Message"] = $"{Selected.Count} {Kind.Label} record(s) deleted: {string.Join("; ", Selected.Select(s => s.Name))}.";
        return Redirect(Kind.ListUrl);
    }

    public override async Task LoadLookupsAsync()
    {
        Kind = EntityCatalog.BySlug(db, Type);
        if (Kind is null)
        {
            return;
        }

        var names = await RecordNames.LoadAsync(db);
        var selected = new List<(EntityBase, string, IReadOnlyList<Dependent>)>();
        foreach (var id in Ids.Select(i => i.Split(':')[0]).Distinct(StringComparer.Ordinal))
        {
            if (await db.FindAsync(Kind.Type, id) is EntityBase entity)
            {
                var blocking = (await DeletionGuard.FindDependentsAsync(db, entity)).Where(d => !DeletionGuard.GoesWithIt(d)).ToList();
                selected.Add((entity, names.Of(entity), blocking));
            }
        }

        Selected = selected;
    }

    public override Task OnConflictAsync(ConcurrencyConflictException conflict)
    {
        // Show the page again with the versions as now saved; the steward confirms again after reviewing.
        ModelState.Remove(nameof(Ids));
        return Task.CompletedTask;
    }
}
