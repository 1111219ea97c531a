using Microsoft.AspNetCore.Mvc;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Pages.Admin;

/// <summary>
/// Deletes any record after confirmation. The domain's <see cref="DeletionGuard"/> refuses when other records still
/// refer to it; its own citations and classifications go with it. The form carries the version it showed.
/// </summary>
internal sealed class DeleteModel(SolidarityGraphDbContext db) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Type { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    [BindProperty]
    public long Version { get; set; }

    public EntityKind? Kind { get; private set; }

    public EntityBase? Entity { get; private set; }

    public IReadOnlyList<Dependent> Blocking { get; private set; } = [];

    public IReadOnlyList<Dependent> GoesWithIt { get; private set; } = [];

    /// <summary>The record's name (a funding is "funder → recipient, amount", not its key).</summary>
    public string Title { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadLookupsAsync();
        if (Entity is null)
        {
            return NotFound();
        }

        Version = Entity.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Kind = EntityCatalog.BySlug(db, Type);
        if (Kind is null || await db.FindAsync(Kind.Type, Id) is not EntityBase entity)
        {
            return NotFound();
        }

        if (entity.Version != Version)
        {
            throw new ConcurrencyConflictException([$"{Kind.Label} {Id}"]);
        }

        db.Entry(entity).Property(nameof(EntityBase.Version)).OriginalValue = Version;
        var title = (await RecordNames.LoadAsync(db)).Of(entity);
        await DeletionGuard.DeleteAsync(db, entity);
        await db.SaveChangesAsync();
        TempData["Message"] = $"{Kind.Label} «{title}» deleted.";
        return Redirect(Kind.ListUrl);
    }

    public override async Task LoadLookupsAsync()
    {
        Kind = EntityCatalog.BySlug(db, Type);
        Entity = Kind is null ? null : await db.FindAsync(Kind.Type, Id) as EntityBase;
        if (Entity is not null)
        {
            Title = (await RecordNames.LoadAsync(db)).Of(Entity);
            var dependents = await DeletionGuard.FindDependentsAsync(db, Entity);
            Blocking = dependents.Where(d => !DeletionGuard.GoesWithIt(d)).ToList();
            GoesWithIt = dependents.Where(DeletionGuard.GoesWithIt).ToList();
        }
    }

    public override Task OnConflictAsync(ConcurrencyConflictException conflict)
    {
        ModelState.Remove(nameof(Version));
        return Task.CompletedTask;
    }
}
