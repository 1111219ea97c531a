using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Pages.Admin.Organisations;

/// <summary>Edits an organisation against the version the form showed; a stale edit shows both versions.</summary>
internal sealed class EditModel(SolidarityGraphDbContext db) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Organisation? Current { get; private set; }

    public CreateModel.InputModel.Lookups References { get; private set; } = null!;

    /// <summary>Cite a source for a field of this organisation while editing it.</summary>
    public CitationPicker Picker { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == Id) is not { } organisation)
        {
            return NotFound();
        }

        await Input.CopyFromAsync(organisation, db);
        Input.Version = organisation.Version;
        await LoadLookupsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await db.LoadForEditAsync<Organisation>(Id, Input.Version) is not { } organisation)
        {
            return NotFound();
        }

        if (await Input.DetailsForAsync(organisation, this, db) is not { } details)
        {
            await LoadLookupsAsync();
            return Page();
        }

        organisation.Edit(details);
        await db.SaveChangesAsync();
        TempData["Message"] = "Organisation saved.";
        return RedirectToPage("Details", new { id = Id });
    }

    public override async Task LoadLookupsAsync()
    {
        References = await CreateModel.InputModel.LookupsAsync(db);
        if (await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == Id) is { } saved)
        {
            Picker = CitationPicker.For(saved, await RecordNames.LoadAsync(db));
        }
    }

    public override async Task OnConflictAsync(ConcurrencyConflictException conflict)
    {
        Current = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == Id);
        if (Current is not null)
        {
            Input.Version = AdoptSavedVersion(Current);
        }
    }

    protected override string? FieldFor(string code) => CreateModel.InputModel.FieldFor(code);

    public sealed class InputModel : CreateModel.InputModel
    {
        public long Version { get; set; }
    }
}
