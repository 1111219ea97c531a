using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Infrastructure.Forms;

/// <summary>
/// An edit page against the version the form showed: a stale edit saves nothing and shows the steward's version next
/// to the saved one (<see cref="Conflict"/>), with the form kept, so they can decide again.
/// </summary>
internal abstract class RecordEditPageModel<T, TInput>(SolidarityGraphDbContext db) : AdminPageModel
    where T : EntityBase
    where TInput : RecordForm<T>, new()
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    [BindProperty]
    public TInput Input { get; set; } = new();

    /// <summary>What the reference fields suggest.</summary>
    public FormLookups Lookups { get; private set; } = null!;

    /// <summary>After a stale edit: each field in the steward's version and in the saved one, and the saved version.</summary>
    public (long Version, IReadOnlyList<(string Field, string? Mine, string? Saved)> Rows)? Conflict { get; private set; }

    /// <summary>The page of the record (also where Cancel goes).</summary>
    public string DetailsUrl => EntityCatalog.Of(db, typeof(T)).DetailsUrl(Id);

    /// <summary>The message shown on the record's page after saving, e.g. "Event saved.".</summary>
    protected abstract string Saved { get; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await db.Set<T>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == Id) is not { } record)
        {
            return NotFound();
        }

        await LoadLookupsAsync();
        Input.CopyFrom(record, Lookups);
        Input.Version = record.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await db.LoadForEditAsync<T>(Id, Input.Version) is not { } record)
        {
            return NotFound();
        }

        await LoadLookupsAsync();
        if (!Input.Apply(record, Lookups, this) || !ModelState.IsValid)
        {
            db.ChangeTracker.Clear();
            return Page();
        }

        await db.SaveChangesAsync();
        TempData["Message"] = Saved;
        return Redirect(DetailsUrl);
    }

    public override async Task LoadLookupsAsync() => Lookups = await FormLookups.LoadAsync(db);

    public override async Task OnConflictAsync(ConcurrencyConflictException conflict)
    {
        if (await db.Set<T>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == Id) is { } saved)
        {
            var savedForm = new TInput();
            savedForm.CopyFrom(saved, Lookups ?? await FormLookups.LoadAsync(db));
            Conflict = (saved.Version, Input.Summary().Zip(savedForm.Summary(), (mine, theirs) => (mine.Field, mine.Value, theirs.Value)).ToList());
            Input.Version = AdoptSavedVersion(saved);
        }
    }
}
