using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Financing;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Pages.Admin.Fundings;

/// <summary>Links a funder to a project with an amount (FundingLinks also records the FUNDING participation).</summary>
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
        var date = ParseDate(Input.Date, "Input.Date");
        if (!ModelState.IsValid)
        {
            await LoadLookupsAsync();
            return Page();
        }

        await FundingLinks.LinkFunderAsync(db, new FunderLink(
            ProjectId, Input.FunderId, Input.Amount, Input.Currency, Input.Instrument, Input.FlowStage, date,
            Input.Programme, Input.Purpose, string.IsNullOrEmpty(Input.RecipientId) ? null : Input.RecipientId));
        await db.SaveChangesAsync();
        TempData["Message"] = "Funder linked.";
        return RedirectToPage("/Admin/Projects/Details", new { id = ProjectId });
    }

    public override async Task LoadLookupsAsync()
    {
        ProjectTitle = await db.Projects.Where(p => p.Id == ProjectId).Select(p => p.Title).SingleOrDefaultAsync() ?? string.Empty;
        Organisations = await Names.OrganisationOptionsAsync(db);
    }

    protected override string? FieldFor(string code) => code switch
    {
        DomainErrorCodes.FundingCurrencyRequired or DomainErrorCodes.FundingCurrencyWithoutAmount or DomainErrorCodes.MoneyInvalidCurrency => "Input.Currency",
        DomainErrorCodes.AmountNegative or DomainErrorCodes.MoneyTooPrecise => "Input.Amount",
        DomainErrorCodes.FundingSelfFunding => "Input.RecipientId",
        _ => null,
    };

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Choose the funder."), Display(Name = "Funder")]
        public string FunderId { get; set; } = string.Empty;

        [Display(Name = "Amount (leave empty when unknown)")]
        public decimal? Amount { get; set; }

        [Display(Name = "Currency (ISO 4217)")]
        public string? Currency { get; set; }

        public FundingInstrument Instrument { get; set; } = FundingInstrument.Unknown;

        [Display(Name = "Flow stage")]
        public FlowStage FlowStage { get; set; } = FlowStage.Unknown;

        [Display(Name = "Date (YYYY, YYYY-MM or YYYY-MM-DD)")]
        public string? Date { get; set; }

        [StringLength(300)]
        public string? Programme { get; set; }

        [DataType(DataType.MultilineText), StringLength(2000)]
        public string? Purpose { get; set; }

        [Display(Name = "Recipient organisation")]
        public string? RecipientId { get; set; }
    }
}
