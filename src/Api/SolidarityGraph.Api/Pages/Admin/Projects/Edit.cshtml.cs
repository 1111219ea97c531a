using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Api.Pages.Admin.Projects;

/// <summary>
/// Edits a project against the version the form showed. A stale edit is refused and the page shows the saved
/// version beside the user's input, which stays in the form, so nothing is lost.
/// </summary>
internal sealed class EditModel(SolidarityGraphDbContext db) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The saved version after a conflict; null otherwise.</summary>
    public Project? Current { get; private set; }

    /// <summary>The saved version's fields after a conflict, as the form would show them.</summary>
    public CreateModel.InputModel? Theirs { get; private set; }

    public CreateModel.InputModel.Lookups References { get; private set; } = null!;

    /// <summary>Cite a source for a field of this project while editing it.</summary>
    public CitationPicker? Picker { get; private set; }

    public override async Task LoadLookupsAsync()
    {
        References = await CreateModel.InputModel.LookupsAsync(db);
        if (await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == Id) is { } saved)
        {
            Picker = CitationPicker.For(saved, await RecordNames.LoadAsync(db));
        }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == Id) is not { } project)
        {
            return NotFound();
        }

        await Input.CopyFromAsync(project, db);
        Input.Version = project.Version;
        await LoadLookupsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await db.LoadForEditAsync<Project>(Id, Input.Version) is not { } project)
        {
            return NotFound();
        }

        if (await Input.DetailsForAsync(project, this, db) is not { } form)
        {
            await LoadLookupsAsync();
            return Page();
        }

        project.Edit(form.Details);
        await form.SaveLinksAsync(db, project);
        await db.SaveChangesAsync();
        TempData["Message"] = "Project saved.";
        return RedirectToPage("Details", new { id = Id });
    }

    public override async Task OnConflictAsync(ConcurrencyConflictException conflict)
    {
        Current = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == Id);
        if (Current is not null)
        {
            Theirs = new CreateModel.InputModel();
            await Theirs.CopyFromAsync(Current, db);
            Input.Version = AdoptSavedVersion(Current);
        }
    }

    protected override string? FieldFor(string code) => CreateModel.InputModel.FieldFor(code);

    public sealed class InputModel : CreateModel.InputModel
    {
        public long Version { get; set; }
    }
}
