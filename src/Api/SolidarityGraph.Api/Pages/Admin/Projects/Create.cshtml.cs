using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Api.Pages.Admin.Projects;

/// <summary>Creates a project; the entity's own methods enforce the rules (title, language, date order).</summary>
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
        if (!Input.TryApply(project, this))
        {
            return Page();
        }

        db.Projects.Add(project);
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

        /// <summary>Applies the input through the entity's methods; false when a date could not be read.</summary>
        public bool TryApply(Project project, AdminPageModel page)
        {
            ArgumentNullException.ThrowIfNull(project);
            ArgumentNullException.ThrowIfNull(page);
            var dates = new (ActivityDateType Type, string? Text, string Field)[]
            {
                (ActivityDateType.PlannedStart, PlannedStart, "Input.PlannedStart"), (ActivityDateType.PlannedEnd, PlannedEnd, "Input.PlannedEnd"),
                (ActivityDateType.ActualStart, ActualStart, "Input.ActualStart"), (ActivityDateType.ActualEnd, ActualEnd, "Input.ActualEnd"),
            };
            var parsed = dates.Select(d => (d.Type, Date: ParseInto(page, d.Text, d.Field))).ToList();
            if (!page.ModelState.IsValid)
            {
                return false;
            }

            project.Retitle(Title, TitleLanguage, project.AlternativeTitles);
            project.Describe(Description, project.Objectives, project.Components, project.TargetGroupText, project.GsefCategory);
            project.SetStatus(Status, Status == project.Status ? project.StatusAsOf : null);
            foreach (var (type, date) in parsed)
            {
                project.SetDate(type, date);
            }

            return true;
        }

        public static string? FieldFor(string code) => code switch
        {
            DomainErrorCodes.DateRangeInverted => "Input.PlannedEnd",
            DomainErrorCodes.Required => "Input.Title",
            DomainErrorCodes.InvalidFormat => "Input.TitleLanguage",
            _ => null,
        };

        private static PartialDate? ParseInto(AdminPageModel page, string? text, string field)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            try
            {
                return PartialDate.Parse(text);
            }
            catch (DomainException ex)
            {
                page.ModelState.AddModelError(field, ex.Message);
                return null;
            }
        }
    }
}
