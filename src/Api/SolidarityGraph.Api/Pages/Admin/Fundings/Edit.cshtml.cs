using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Fundings;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Pages.Admin.Fundings;

/// <summary>
/// Edits a funding's amount and terms through <see cref="FundingLinks.EditAsync"/>, like <c>updateFunding</c>, against the
/// version the form showed; a stale edit shows the saved version and keeps the input. Funder, recipient and project
/// are fixed: remove the funding and link the funder again to change them.
/// </summary>
internal sealed class EditModel(SolidarityGraphDbContext db) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The saved version after a conflict; null otherwise.</summary>
    public Funding? Current { get; private set; }

    public string FunderName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await db.Fundings.AsNoTracking().SingleOrDefaultAsync(f => f.Id == Id) is not { } funding)
        {
            return NotFound();
        }

        Input.CopyFrom(funding);
        Input.Version = funding.Version;
        await LoadLookupsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await db.LoadForEditAsync<Funding>(Id, Input.Version) is not { } funding)
        {
            return NotFound();
        }

        if (Input.DetailsFor(this) is not { } details)
        {
            await LoadLookupsAsync();
            return Page();
        }

        await FundingLinks.EditAsync(db, funding, details);
        await db.SaveChangesAsync();
        TempData["Message"] = "Funding saved.";
        return funding.ProjectId is { } projectId ? RedirectToPage("/Admin/Projects/Details", new { id = projectId }) : Redirect($"/admin/go/{Id}");
    }

    public override async Task LoadLookupsAsync()
    {
        var funderId = await db.Fundings.Where(f => f.Id == Id).Select(f => f.FunderId).SingleOrDefaultAsync();
        FunderName = await db.Organisations.Where(o => o.Id == funderId).Select(o => o.Name).SingleOrDefaultAsync() ?? string.Empty;
    }

    public override async Task OnConflictAsync(ConcurrencyConflictException conflict)
    {
        Current = await db.Fundings.AsNoTracking().SingleOrDefaultAsync(f => f.Id == Id);
        if (Current is not null)
        {
            Input.Version = AdoptSavedVersion(Current);
        }
    }

    protected override string? FieldFor(string code) => CreateModel.TermsInput.FieldFor(code);

    public sealed class InputModel : CreateModel.TermsInput
    {
        public long Version { get; set; }
    }
}
