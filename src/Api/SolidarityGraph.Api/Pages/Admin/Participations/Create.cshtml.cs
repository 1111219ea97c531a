using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Api.Pages.Admin.Participations;

/// <summary>
/// Adds an organisation to a project with a role (IATI roles plus partner, technical support, organiser, subject) and
/// its period, through <see cref="Participation.Edit"/> like the participation mutations.
/// </summary>
internal sealed class CreateModel(SolidarityGraphDbContext db) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public string ProjectId { get; set; } = string.Empty;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string ProjectTitle { get; private set; } = string.Empty;

    /// <summary>The organisations the participant field suggests, by name.</summary>
    public ReferenceOptions Organisations { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadLookupsAsync();
        return ProjectTitle.Length == 0 ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadLookupsAsync();
        var organisationId = Organisations.Resolve(Input.Organisation, "organisation", out var error);
        if (error is not null)
        {
            ModelState.AddModelError("Input.Organisation", error);
        }

        if (Input.DetailsFor(this) is not { } details || organisationId is null)
        {
            return Page();
        }

        db.Participations.Add(new Participation(organisationId, ProjectId, Input.Role).Edit(details));
        await db.SaveChangesAsync();
        TempData["Message"] = "Participant added.";
        return RedirectToPage("/Admin/Projects/Details", new { id = ProjectId });
    }

    public override async Task LoadLookupsAsync()
    {
        ProjectTitle = await db.Projects.Where(p => p.Id == ProjectId).Select(p => p.Title).SingleOrDefaultAsync() ?? string.Empty;
        Organisations = ReferenceOptions.For(await RecordNames.LoadAsync(db), typeof(Domain.Organisations.Organisation));
    }

    protected override string? FieldFor(string code) => PeriodInput.FieldFor(code);

    /// <summary>The editable period of a participation (<see cref="ParticipationDetails"/>), shared with the edit page.</summary>
    public class PeriodInput
    {
        [Display(Name = "Since (YYYY, YYYY-MM or YYYY-MM-DD)")]
        public string? Since { get; set; }

        [Display(Name = "Until (YYYY, YYYY-MM or YYYY-MM-DD)")]
        public string? Until { get; set; }

        public void CopyFrom(Participation participation)
        {
            ArgumentNullException.ThrowIfNull(participation);
            (Since, Until) = (participation.Since?.ToString(), participation.Until?.ToString());
        }

        /// <summary>The period for <see cref="Participation.Edit"/>; null when a date could not be read (the page's model state says why).</summary>
        public ParticipationDetails? DetailsFor(AdminPageModel page)
        {
            ArgumentNullException.ThrowIfNull(page);
            var since = page.ParseDate(Since, "Input.Since");
            var until = page.ParseDate(Until, "Input.Until");
            return page.ModelState.IsValid ? new ParticipationDetails(since, until) : null;
        }

        /// <summary>An inverted period is shown at its end.</summary>
        public static string? FieldFor(string code) => code == DomainErrorCodes.DateRangeInverted ? "Input.Until" : null;
    }

    public sealed class InputModel : PeriodInput
    {
        [Required(ErrorMessage = "Choose the organisation."), Display(Name = "Organisation")]
        public string Organisation { get; set; } = string.Empty;

        public ParticipationRole Role { get; set; } = ParticipationRole.Implementing;
    }
}
