using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Indicators;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Api.Pages.Admin.Indicators;

/// <summary>
/// Records a reported indicator value for a project with its citation: the quote must occur in the chosen source's
/// archived text (checked by the domain's <see cref="IndicatorValueRecorder"/>).
/// </summary>
internal sealed class RecordModel(SolidarityGraphDbContext db) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public string ProjectId { get; set; } = string.Empty;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string ProjectTitle { get; private set; } = string.Empty;

    public IReadOnlyList<SelectListItem> Indicators { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Sources { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadLookupsAsync();
        return ProjectTitle.Length == 0 ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrEmpty(Input.IndicatorId) && (string.IsNullOrWhiteSpace(Input.NewCode) || string.IsNullOrWhiteSpace(Input.NewTitle)))
        {
            ModelState.AddModelError("Input.NewCode", "Choose an indicator, or give the code and title of a new one.");
            await LoadLookupsAsync();
            return Page();
        }

        await IndicatorValueRecorder.RecordAsync(db, new IndicatorValueReport(
            ProjectId, string.IsNullOrEmpty(Input.IndicatorId) ? null : Input.IndicatorId, Input.NewCode, Input.NewTitle, Input.ResultTitle,
            Input.Kind, Input.Value!.Value, Input.Comparator, Input.SourceId, Input.Quote, Input.UnitLabel, Input.ContainsPersonalData));
        await db.SaveChangesAsync();
        TempData["Message"] = "Indicator value recorded with its citation.";
        return RedirectToPage("/Admin/Projects/Details", null, new { id = ProjectId }, "indicators");
    }

    public override async Task LoadLookupsAsync()
    {
        ProjectTitle = await db.Projects.Where(p => p.Id == ProjectId).Select(p => p.Title).SingleOrDefaultAsync() ?? string.Empty;
        Indicators = await (from r in db.Results
                            join i in db.Indicators on r.Id equals i.ResultId
                            where r.ProjectId == ProjectId
                            orderby i.Code
                            select new SelectListItem(i.Code + " — " + i.Title, i.Id)).ToListAsync();
        Sources = (await db.Sources.AsNoTracking().ToListAsync())
            .OrderBy(s => s.Title, StringComparer.OrdinalIgnoreCase)
            .Select(s => new SelectListItem(s.Title + (s.ArchivedText is null ? " (text not archived)" : string.Empty), s.Id))
            .ToList();
    }

    protected override string? FieldFor(string code) => code switch
    {
        SourceText.QuoteNotInSource or DomainErrorCodes.Required => "Input.Quote",
        CitationPrivacy.QuoteNamesPerson => "Input.ContainsPersonalData",
        SourceText.TextMissing => "Input.SourceId",
        DomainErrorCodes.MoneyTooPrecise => "Input.Value",
        DomainErrorCodes.InvalidFormat => "Input.NewCode",
        _ => null,
    };

    public sealed class InputModel
    {
        [Display(Name = "Indicator")]
        public string? IndicatorId { get; set; }

        [Display(Name = "New indicator code"), RegularExpression(@"^\S+$", ErrorMessage = "No spaces, e.g. SG:WOMEN_TRAINED.")]
        public string? NewCode { get; set; }

        [Display(Name = "New indicator title"), StringLength(300)]
        public string? NewTitle { get; set; }

        [Display(Name = "Unit label (new indicator)"), StringLength(40)]
        public string? UnitLabel { get; set; }

        [Display(Name = "Result title (new indicator)"), StringLength(300)]
        public string? ResultTitle { get; set; }

        public IndicatorValueKind Kind { get; set; } = IndicatorValueKind.Actual;

        [Required]
        public decimal? Value { get; set; }

        public Comparator Comparator { get; set; } = Comparator.Eq;

        [Required(ErrorMessage = "Choose the source."), Display(Name = "Source")]
        public string SourceId { get; set; } = string.Empty;

        [Required, DataType(DataType.MultilineText), StringLength(2000), Display(Name = "Quote (verbatim from the source)")]
        public string Quote { get; set; } = string.Empty;

        [Display(Name = "The quote contains personal data (only stewards will read it)")]
        public bool ContainsPersonalData { get; set; }
    }
}
