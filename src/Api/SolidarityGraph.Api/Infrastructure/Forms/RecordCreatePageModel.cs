using Microsoft.AspNetCore.Mvc;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Infrastructure.Forms;

/// <summary>A create page: the form's names become keys, the record is built through its domain methods and saved.</summary>
internal abstract class RecordCreatePageModel<T, TInput>(SolidarityGraphDbContext db) : AdminPageModel
    where T : EntityBase
    where TInput : RecordForm<T>, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    /// <summary>What the reference fields suggest.</summary>
    public FormLookups Lookups { get; private set; } = null!;

    /// <summary>The message shown on the record's page after saving, e.g. "Event created.".</summary>
    protected abstract string Created { get; }

    public async Task OnGetAsync() => await LoadLookupsAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadLookupsAsync();
        if (Input.Create(Lookups, this) is not { } record || !ModelState.IsValid)
        {
            return Page();
        }

        db.Add(record);
        await db.SaveChangesAsync();
        TempData["Message"] = Created;
        return Redirect(EntityCatalog.Of(db, typeof(T)).DetailsUrl(record.Id));
    }

    public override async Task LoadLookupsAsync() => Lookups = await FormLookups.LoadAsync(db);
}
