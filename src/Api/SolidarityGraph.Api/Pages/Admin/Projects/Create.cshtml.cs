using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using SolidarityGraph.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Domain.Classifications;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Places;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Api.Pages.Admin.Projects;

/// <summary>
/// Creates a project through <see cref="Project.Edit"/>, like the edit page and the project mutations; its places and
/// classifications through <see cref="ProjectLinks"/>.
/// </summary>
internal sealed class CreateModel(SolidarityGraphDbContext db) : AdminPageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The projects and places the reference fields suggest, by name.</summary>
    public InputModel.Lookups References { get; private set; } = null!;

    public async Task OnGetAsync() => await LoadLookupsAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var project = new Project(Input.Title, Input.Kind, Input.TitleLanguage);
        if (await Input.DetailsForAsync(project, this, db) is not { } form)
        {
            await LoadLookupsAsync();
            return Page();
        }

        db.Projects.Add(project.Edit(form.Details));
        await form.SaveLinksAsync(db, project);
        await db.SaveChangesAsync();
        TempData["Message"] = "Project created.";
        return RedirectToPage("Details", new { id = project.Id });
    }

    public override async Task LoadLookupsAsync() => References = await InputModel.LookupsAsync(db);

    protected override string? FieldFor(string code) => InputModel.FieldFor(code);

    /// <summary>What the form states: the project's details and the places and classifications it links to.</summary>
    public sealed record Form(ProjectDetails Details, IReadOnlyList<string> PlaceIds, IReadOnlyList<(ClassificationScheme Scheme, string Code)> Classifications)
    {
        public async Task SaveLinksAsync(SolidarityGraphDbContext db, Project project)
        {
            ArgumentNullException.ThrowIfNull(db);
            await ProjectLinks.SetPlacesAsync(db, project, PlaceIds);
            await ProjectLinks.SetClassificationsAsync(db, project, Classifications, db.Actor);
        }
    }

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

        [RegularExpression(DatePattern, ErrorMessage = DateMessage), Display(Name = "Status as of")]
        public string? StatusAsOf { get; set; }

        [Display(Name = "Target group (as published)"), StringLength(2000)]
        public string? TargetGroupText { get; set; }

        [Display(Name = "Municipalities reached"), Range(0, 100000)]
        public int? MunicipalityCount { get; set; }

        [Display(Name = "GSEF category"), StringLength(200)]
        public string? GsefCategory { get; set; }

        [RegularExpression(DatePattern, ErrorMessage = DateMessage), Display(Name = "Planned start")]
        public string? PlannedStart { get; set; }

        [RegularExpression(DatePattern, ErrorMessage = DateMessage), Display(Name = "Planned end")]
        public string? PlannedEnd { get; set; }

        [RegularExpression(DatePattern, ErrorMessage = DateMessage), Display(Name = "Actual start")]
        public string? ActualStart { get; set; }

        [RegularExpression(DatePattern, ErrorMessage = DateMessage), Display(Name = "Actual end")]
        public string? ActualEnd { get; set; }

        [Display(Name = "Alternative titles (one per line, language first: es: Título)"), DataType(DataType.MultilineText)]
        public string? AlternativeTitles { get; set; }

        [Display(Name = "Objectives (one per line)"), DataType(DataType.MultilineText)]
        public string? Objectives { get; set; }

        [Display(Name = "Components (one per line)"), DataType(DataType.MultilineText)]
        public string? Components { get; set; }

        public ActivityScope? Scope { get; set; }

        [Display(Name = "IATI identifier"), StringLength(200)]
        public string? IatiIdentifier { get; set; }

        [Display(Name = "External identifiers (one per line, scheme first: Wikidata: Q42)"), DataType(DataType.MultilineText)]
        public string? ExternalIds { get; set; }

        [Display(Name = "Part of (parent project)")]
        public string? Parent { get; set; }

        /// <summary>The places by name; the form shows one field per place and two empty ones to add more.</summary>
        public List<string?> Places { get; set; } = [];

        [Display(Name = "Classifications (one per line, scheme first: SdgGoal: 5)"), DataType(DataType.MultilineText)]
        public string? Classifications { get; set; }

        /// <summary>What the parent and place fields suggest.</summary>
        public sealed record Lookups(ReferenceOptions Projects, ReferenceOptions Places);

        public static async Task<Lookups> LookupsAsync(SolidarityGraphDbContext db)
        {
            var names = await RecordNames.LoadAsync(db);
            return new Lookups(ReferenceOptions.For(names, typeof(Project)), ReferenceOptions.For(names, typeof(Place)));
        }

        public async Task CopyFromAsync(Project project, SolidarityGraphDbContext db)
        {
            ArgumentNullException.ThrowIfNull(project);
            ArgumentNullException.ThrowIfNull(db);
            var lookups = await LookupsAsync(db);
            AlternativeTitles = TextLines.Join(project.AlternativeTitles.Select(t => $"{t.Lang}: {t.Text}"));
            (Objectives, Components, Scope, IatiIdentifier) = (TextLines.Join(project.Objectives), TextLines.Join(project.Components), project.Scope, project.IatiIdentifier);
            ExternalIds = TextLines.Join(project.ExternalIds.Select(e => $"{e.Scheme}: {e.Value}"));
            Parent = lookups.Projects.LabelOf(project.ParentId);
            Places = (await db.ProjectLocations.AsNoTracking().Where(l => l.ProjectId == project.Id).Select(l => l.PlaceId).ToListAsync())
                .Select(lookups.Places.LabelOf).OrderBy(p => p, StringComparer.OrdinalIgnoreCase).ToList();
            Classifications = TextLines.Join((await db.Classifications.AsNoTracking().Where(c => c.Subject.Id == project.Id).ToListAsync())
                .OrderBy(c => c.Scheme).ThenBy(c => c.Code, StringComparer.Ordinal).Select(c => $"{c.Scheme}: {c.Code}"));
            Title = project.Title;
            TitleLanguage = project.TitleLanguage;
            Kind = project.Kind;
            Description = project.Description;
            Status = project.Status;
            StatusAsOf = project.StatusAsOf?.ToString();
            (TargetGroupText, MunicipalityCount, GsefCategory) = (project.TargetGroupText, project.MunicipalityCount, project.GsefCategory);
            PlannedStart = project.DateOf(ActivityDateType.PlannedStart)?.ToString();
            PlannedEnd = project.DateOf(ActivityDateType.PlannedEnd)?.ToString();
            ActualStart = project.DateOf(ActivityDateType.ActualStart)?.ToString();
            ActualEnd = project.DateOf(ActivityDateType.ActualEnd)?.ToString();
        }

        /// <summary>
        /// The project's details with this input applied, for <see cref="Project.Edit"/>, and the places and
        /// classifications it names; null when a date, name or line could not be read (the page's model state says
        /// which). Details the form does not show are kept.
        /// </summary>
        public async Task<Form?> DetailsForAsync(Project project, AdminPageModel page, SolidarityGraphDbContext db)
        {
            ArgumentNullException.ThrowIfNull(project);
            ArgumentNullException.ThrowIfNull(page);
            var statusAsOf = page.ParseDate(StatusAsOf, "Input.StatusAsOf");
            var plannedStart = page.ParseDate(PlannedStart, "Input.PlannedStart");
            var plannedEnd = page.ParseDate(PlannedEnd, "Input.PlannedEnd");
            var actualStart = page.ParseDate(ActualStart, "Input.ActualStart");
            var actualEnd = page.ParseDate(ActualEnd, "Input.ActualEnd");
            var lookups = await LookupsAsync(db);
            var parentId = Resolve(page, lookups.Projects, Parent, "project", "Input.Parent");
            var placeIds = Places.Select((name, i) => Resolve(page, lookups.Places, name, "place", $"Input.Places[{i}]")).OfType<string>().ToList();
            var titles = TextLines.Pairs(AlternativeTitles, page, "Input.AlternativeTitles", (lang, text) => new LocalizedText(lang, text));
            var externalIds = TextLines.Pairs(ExternalIds, page, "Input.ExternalIds", (scheme, value) => new ExternalId(TextLines.Enum<ExternalIdScheme>(scheme), value));
            var classifications = TextLines.Pairs(Classifications, page, "Input.Classifications", (scheme, code) => (TextLines.Enum<ClassificationScheme>(scheme), code));
            if (!page.ModelState.IsValid)
            {
                return null;
            }

            var details = ProjectDetails.Of(project) with
            {
                Title = Title,
                TitleLanguage = TitleLanguage,
                AlternativeTitles = titles,
                Description = Description,
                Objectives = TextLines.Split(Objectives),
                Components = TextLines.Split(Components),
                Status = Status,
                StatusAsOf = statusAsOf,
                TargetGroupText = TargetGroupText,
                MunicipalityCount = MunicipalityCount,
                GsefCategory = GsefCategory,
                PlannedStart = plannedStart,
                PlannedEnd = plannedEnd,
                ActualStart = actualStart,
                ActualEnd = actualEnd,
                Scope = Scope,
                IatiIdentifier = IatiIdentifier,
                ExternalIds = externalIds,
                ParentId = parentId,
            };
            return new Form(details, placeIds, classifications);
        }

        private static string? Resolve(AdminPageModel page, ReferenceOptions options, string? name, string what, string field)
        {
            var id = options.Resolve(name, what, out var error);
            if (error is not null)
            {
                page.ModelState.AddModelError(field, error);
            }

            return id;
        }

        /// <summary>Where the constructor's rules go (the edit's rules name their detail, see <see cref="InvalidDetailException"/>).</summary>
        public static string? FieldFor(string code) => code switch
        {
            DomainErrorCodes.Required => "Input.Title",
            DomainErrorCodes.InvalidFormat => "Input.TitleLanguage",
            DomainErrorCodes.SelfReference => "Input.Parent",
            DomainErrorCodes.ClassificationCodeInvalid => "Input.Classifications",
            _ => null,
        };
    }
}
