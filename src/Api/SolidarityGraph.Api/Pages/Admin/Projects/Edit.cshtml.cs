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
public sealed class EditModel(SolidarityGraphDbContext db) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The saved version after a conflict; null otherwise.</summary>
    public Project? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == Id) is not { } project)
        {
            return NotFound();
        }

        Input.CopyFrom(project);
        Input.Version = project.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await db.LoadForEditAsync<Project>(Id, Input.Version) is not { } project)
        {
            return NotFound();
        }

        if (Input.DetailsFor(project, this) is not { } details)
        {
            return Page();
        }

        project.Edit(details);
        await db.SaveChangesAsync();
        TempData["Message"] = "Project saved.";
        return RedirectToPage("Details", new { id = Id });
    }

    public override async Task OnConflictAsync(ConcurrencyConflictException conflict)
    {
        Current = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == Id);
        if (Current is not null)
        {
            // The next save is a deliberate overwrite of the version now shown.
            ModelState.Remove("Input.Version");
            Input.Version = Current.Version;
        }
    }

    protected override string? FieldFor(string code) => CreateModel.InputModel.FieldFor(code);

    public sealed class InputModel : CreateModel.InputModel
    {
        public long Version { get; set; }
    }
}
