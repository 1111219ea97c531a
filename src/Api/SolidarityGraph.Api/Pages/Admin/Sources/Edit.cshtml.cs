using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Api.Pages.Admin.Sources;

/// <summary>Edits a source's description against the version the form showed, like the <c>updateSource</c> mutation.</summary>
internal sealed class EditModel(SolidarityGraphDbContext db) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public ReferenceOptions Publishers { get; private set; } = null!;

    /// <summary>The saved source after a stale edit.</summary>
    public Source? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await db.Sources.AsNoTracking().SingleOrDefaultAsync(s => s.Id == Id) is not { } source)
        {
            return NotFound();
        }

        await Input.CopyFromAsync(source, db);
        Input.Version = source.Version;
        await LoadLookupsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await db.LoadForEditAsync<Source>(Id, Input.Version) is not { } source)
        {
            return NotFound();
        }

        if (await Input.DetailsForAsync(this, db) is not { } description)
        {
            await LoadLookupsAsync();
            return Page();
        }

        description.ApplyTo(source);
        await db.SaveChangesAsync();
        TempData["Message"] = "Source saved.";
        return RedirectToPage("Details", new { id = Id });
    }

    public override async Task LoadLookupsAsync() => Publishers = await CreateModel.DescriptionInput.PublishersAsync(db);

    public override async Task OnConflictAsync(ConcurrencyConflictException conflict)
    {
        Current = await db.Sources.AsNoTracking().SingleOrDefaultAsync(s => s.Id == Id);
        if (Current is not null)
        {
            Input.Version = AdoptSavedVersion(Current);
        }
    }

    protected override string? FieldFor(string code) => CreateModel.DescriptionInput.FieldFor(code);

    public sealed class InputModel : CreateModel.DescriptionInput
    {
        public long Version { get; set; }
    }
}
