using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Api.Pages.Admin.Participations;

/// <summary>
/// Edits a participation's period through <see cref="Participation.Edit"/>, like <c>updateParticipation</c>, against the
/// version the form showed; a stale edit shows the saved period and keeps the input. Organisation, project and role
/// are fixed: remove the participation and add it again to change them.
/// </summary>
internal sealed class EditModel(SolidarityGraphDbContext db) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The saved version after a conflict; null otherwise.</summary>
    public Participation? Current { get; private set; }

    public string Description { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await db.Participations.AsNoTracking().SingleOrDefaultAsync(p => p.Id == Id) is not { } participation)
        {
            return NotFound();
        }

        Input.CopyFrom(participation);
        Input.Version = participation.Version;
        await LoadLookupsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await db.LoadForEditAsync<Participation>(Id, Input.Version) is not { } participation)
        {
            return NotFound();
        }

        if (Input.DetailsFor(this) is not { } details)
        {
            await LoadLookupsAsync();
            return Page();
        }

        participation.Edit(details);
        await db.SaveChangesAsync();
        TempData["Message"] = "Participation saved.";
        return RedirectToPage("/Admin/Projects/Details", new { id = participation.ProjectId });
    }

    public override async Task LoadLookupsAsync()
    {
        var edge = await db.Participations.AsNoTracking().Where(p => p.Id == Id).Select(p => new { p.OrganisationId, p.ProjectId, p.Role }).SingleOrDefaultAsync();
        if (edge is not null)
        {
            var organisation = await db.Organisations.Where(o => o.Id == edge.OrganisationId).Select(o => o.Name).SingleOrDefaultAsync();
            var project = await db.Projects.Where(p => p.Id == edge.ProjectId).Select(p => p.Title).SingleOrDefaultAsync();
            Description = $"{organisation} in «{project}» ({edge.Role})";
        }
    }

    public override async Task OnConflictAsync(ConcurrencyConflictException conflict)
    {
        Current = await db.Participations.AsNoTracking().SingleOrDefaultAsync(p => p.Id == Id);
        if (Current is not null)
        {
            Input.Version = AdoptSavedVersion(Current);
        }
    }

    protected override string? FieldFor(string code) => CreateModel.PeriodInput.FieldFor(code);

    public sealed class InputModel : CreateModel.PeriodInput
    {
        public long Version { get; set; }
    }
}
