using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Places;

namespace SolidarityGraph.Api.Pages.Admin.Places;

/// <summary>Edits a place against the version the form showed; a stale edit shows both versions and saves nothing.</summary>
internal sealed class EditModel(SolidarityGraphDbContext db) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public ReferenceOptions Parents { get; private set; } = null!;

    /// <summary>The saved place after a stale edit, with its parent's name.</summary>
    public (Place Place, string? Parent)? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await db.Places.AsNoTracking().SingleOrDefaultAsync(p => p.Id == Id) is not { } place)
        {
            return NotFound();
        }

        await Input.CopyFromAsync(place, db);
        Input.Version = place.Version;
        await LoadLookupsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await db.LoadForEditAsync<Place>(Id, Input.Version) is not { } place)
        {
            return NotFound();
        }

        if (await Input.DetailsForAsync(place, this, db) is not { } edit)
        {
            await LoadLookupsAsync();
            return Page();
        }

        place.Edit(edit.Details, edit.Parent);
        await db.SaveChangesAsync();
        TempData["Message"] = "Place saved.";
        return Redirect($"/admin/browse/place/{Id}");
    }

    public override async Task LoadLookupsAsync() => Parents = await CreateModel.InputModel.ParentsAsync(db);

    public override async Task OnConflictAsync(ConcurrencyConflictException conflict)
    {
        if (await db.Places.AsNoTracking().SingleOrDefaultAsync(p => p.Id == Id) is { } saved)
        {
            Current = (saved, (await CreateModel.InputModel.ParentsAsync(db)).LabelOf(saved.ParentId));
            Input.Version = AdoptSavedVersion(saved);
        }
    }

    protected override string? FieldFor(string code) => CreateModel.InputModel.FieldFor(code);

    public sealed class InputModel : CreateModel.InputModel
    {
        public long Version { get; set; }
    }
}
