using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Api.Pages.Admin.Projects;

/// <summary>Creates a project through <see cref="Project.Edit"/>, like the edit page and the project mutations.</summary>
public sealed class CreateModel(SolidarityGraphDbContext db) : AdminPageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var project = new Project(Input.Title, Input.Kind, Input.TitleLanguage);
        if (Input.DetailsFor(project, this) is not { } details)
        {
            return Page();
        }

        db.Projects.Add(project.Edit(details));
        await db.SaveChangesAsync();
        TempData["Message"] = "Project created.";
        return RedirectToPage("Details", new { id = project.Id });
    }

    protected override string? FieldFor(string code) => InputModel.FieldFor(code);

    /// <summary>The editable fields of a project, shared with the edit page.</summary>
    public class InputModel
    {
        private const string DatePattern = @"^\d{4}(-\d{2}(-\d{2})?)?~?$";
        private const string DateMessage = "Use YYYY, YYYY-MM or YYYY-MM-DD (add ~ when approximate).";

        [Required, StringLength(500)]
        public string Title { get; set; } = string.Empty;

        [Required, RegularExpression("^[a-z]{2}$", ErrorMessage = "Use a two-letter ISO 639-1 code such as en."), Display(Name = "Title language")]
        public string TitleLanguage { get; set; } = "en";

        public ProjectKind Kind { get; set; } = ProjectKind.DevelopmentProject;

        [DataType(DataType.MultilineText), StringLength(10000)]
        public string? Description { get; set; }

        public ActivityStatus? Status { get; set; }

        [RegularExpression(DatePattern, ErrorMessage = DateMessage), Display(Name = "Planned start")]
        public string? PlannedStart { get; set; }

        [RegularExpression(DatePattern, ErrorMessage = DateMessage), Display(Name = "Planned end")]
        public string? PlannedEnd { get; set; }

        [RegularExpression(DatePattern, ErrorMessage = DateMessage), Display(Name = "Actual start")]
        public string? ActualStart { get; set; }

        [RegularExpression(DatePattern, ErrorMessage = DateMessage), Display(Name = "Actual end")]
        public string? ActualEnd { get; set; }

        public void CopyFrom(Project project)
        {
            ArgumentNullException.ThrowIfNull(project);
            Title = project.Title;
            TitleLanguage = project.TitleLanguage;
            Kind = project.Kind;
            Description = project.Description;
            Status = project.Status;
            PlannedStart = project.DateOf(ActivityDateType.PlannedStart)?.ToString();
            PlannedEnd = project.DateOf(ActivityDateType.PlannedEnd)?.ToString();
            ActualStart = project.DateOf(ActivityDateType.ActualStart)?.ToString();
            ActualEnd = project.DateOf(ActivityDateType.ActualEnd)?.ToString();
        }

        /// <summary>
        /// The project's details with this input applied, for <see cref="Project.Edit"/>; null when a date could not
        /// be read (the page's model state says which). Details the form does not show are kept.
        /// </summary>
        public ProjectDetails? DetailsFor(Project project, AdminPageModel page)
        {
            ArgumentNullException.ThrowIfNull(project);
            ArgumentNullException.ThrowIfNull(page);
            var plannedStart = page.ParseDate(PlannedStart, "Input.PlannedStart");
            var plannedEnd = page.ParseDate(PlannedEnd, "Input.PlannedEnd");
            var actualStart = page.ParseDate(ActualStart, "Input.ActualStart");
            var actualEnd = page.ParseDate(ActualEnd, "Input.ActualEnd");
            if (!page.ModelState.IsValid)
            {
                return null;
            }

            return ProjectDetails.Of(project) with
            {
                Title = Title,
                TitleLanguage = TitleLanguage,
                Description = Description,
                Status = Status,
                StatusAsOf = Status == project.Status ? project.StatusAsOf : null, // the form has no "as of"; a new status drops the old one's date
                PlannedStart = plannedStart,
                PlannedEnd = plannedEnd,
                ActualStart = actualStart,
                ActualEnd = actualEnd,
            };
        }

        /// <summary>Where the constructor's rules go (the edit's rules name their detail, see <see cref="InvalidDetailException"/>).</summary>
        public static string? FieldFor(string code) => code switch
        {
            DomainErrorCodes.Required => "Input.Title",
            DomainErrorCodes.InvalidFormat => "Input.TitleLanguage",
            _ => null,
        };
    }
}
