using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Api.Pages.Admin.Participations;

/// <summary>Adds an organisation to a project with a role (IATI roles plus partner, technical support, organiser, subject).</summary>
public sealed class CreateModel(SolidarityGraphDbContext db) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public string ProjectId { get; set; } = string.Empty;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string ProjectTitle { get; private set; } = string.Empty;

    public IReadOnlyList<SelectListItem> Organisations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadLookupsAsync();
        return ProjectTitle.Length == 0 ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        db.Participations.Add(new Participation(Input.OrganisationId, ProjectId, Input.Role));
        await db.SaveChangesAsync();
        TempData["Message"] = "Participant added.";
        return RedirectToPage("/Admin/Projects/Details", new { id = ProjectId });
    }

    public override async Task LoadLookupsAsync()
    {
        ProjectTitle = await db.Projects.Where(p => p.Id == ProjectId).Select(p => p.Title).SingleOrDefaultAsync() ?? string.Empty;
        Organisations = await Names.OrganisationOptionsAsync(db);
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Choose the organisation."), Display(Name = "Organisation")]
        public string OrganisationId { get; set; } = string.Empty;

        public ParticipationRole Role { get; set; } = ParticipationRole.Implementing;
    }
}
