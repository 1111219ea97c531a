using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Fundings;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Pages.Admin.Fundings;

/// <summary>Links a funder to a project with an amount (FundingLinks also records the FUNDING participation).</summary>
internal sealed class CreateModel(SolidarityGraphDbContext db) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public string ProjectId { get; set; } = string.Empty;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string ProjectTitle { get; private set; } = string.Empty;

    /// <summary>The organisations the funder and recipient fields suggest, by name.</summary>
    public ReferenceOptions Organisations { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadLookupsAsync();
        return ProjectTitle.Length == 0 ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadLookupsAsync();
        var funderId = Organisations.Resolve(Input.Funder, "organisation", out var funderError);
        var recipientId = Organisations.Resolve(Input.Recipient, "organisation", out var recipientError);
        foreach (var (field, error) in new[] { ("Input.Funder", funderError), ("Input.Recipient", recipientError) }.Where(e => e.Item2 is not null))
        {
            ModelState.AddModelError(field, error!);
        }

        if (Input.DetailsFor(this) is not { } details || funderId is null)
        {
            return Page();
        }

        await FundingLinks.LinkFunderAsync(db, new FunderLink(
            ProjectId, funderId, details.Amount, details.Currency, details.Instrument, details.FlowStage, details.Date,
            details.Programme, details.Purpose, recipientId));
        await db.SaveChangesAsync();
        TempData["Message"] = "Funder linked.";
        return RedirectToPage("/Admin/Projects/Details", new { id = ProjectId });
    }

    public override async Task LoadLookupsAsync()
    {
        ProjectTitle = await db.Projects.Where(p => p.Id == ProjectId).Select(p => p.Title).SingleOrDefaultAsync() ?? string.Empty;
        Organisations = ReferenceOptions.For(await RecordNames.LoadAsync(db), typeof(Domain.Organisations.Organisation));
    }

    protected override string? FieldFor(string code) =>
        code == DomainErrorCodes.FundingSelfFunding ? "Input.Recipient" : TermsInput.FieldFor(code);

    /// <summary>The editable terms of a funding (<see cref="FundingDetails"/>), shared with the edit page.</summary>
    public class TermsInput
    {
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

        public void CopyFrom(Funding funding)
        {
            ArgumentNullException.ThrowIfNull(funding);
            (Amount, Currency, Instrument, FlowStage) = (funding.Amount, funding.Currency, funding.Instrument, funding.FlowStage);
            (Date, Programme, Purpose) = (funding.Date?.ToString(), funding.Programme, funding.Purpose);
        }

        /// <summary>The terms for <see cref="Funding.Edit"/>; null when the date could not be read (the page's model state says why).</summary>
        public FundingDetails? DetailsFor(AdminPageModel page)
        {
            ArgumentNullException.ThrowIfNull(page);
            var date = page.ParseDate(Date, "Input.Date");
            return page.ModelState.IsValid ? new FundingDetails(Amount, Currency, Instrument, FlowStage, date, Programme, Purpose) : null;
        }

        /// <summary>The amount rules concern one field each.</summary>
        public static string? FieldFor(string code) => code switch
        {
            DomainErrorCodes.FundingCurrencyRequired or DomainErrorCodes.FundingCurrencyWithoutAmount or DomainErrorCodes.MoneyInvalidCurrency => "Input.Currency",
            DomainErrorCodes.AmountNegative or DomainErrorCodes.MoneyTooPrecise => "Input.Amount",
            _ => null,
        };
    }

    public sealed class InputModel : TermsInput
    {
        [Required(ErrorMessage = "Choose the funder."), Display(Name = "Funder")]
        public string Funder { get; set; } = string.Empty;

        [Display(Name = "Recipient organisation")]
        public string? Recipient { get; set; }
    }
}
