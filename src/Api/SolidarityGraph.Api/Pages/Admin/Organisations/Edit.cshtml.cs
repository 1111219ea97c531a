using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Pages.Admin.Organisations;

/// <summary>Edits an organisation against the version the form showed; a stale edit shows both versions.</summary>
public sealed class EditModel(SolidarityGraphDbContext db) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Organisation? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == Id) is not { } organisation)
        {
            return NotFound();
        }

        Input.CopyFrom(organisation);
        Input.Version = organisation.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await db.LoadForEditAsync<Organisation>(Id, Input.Version) is not { } organisation)
        {
            return NotFound();
        }

        organisation.Edit(Input.DetailsFor(organisation));
        await db.SaveChangesAsync();
        TempData["Message"] = "Organisation saved.";
        return RedirectToPage("Details", new { id = Id });
    }

    public override async Task OnConflictAsync(ConcurrencyConflictException conflict)
    {
        Current = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == Id);
        if (Current is not null)
        {
            ModelState.Remove("Input.Version");
            Input.Version = Current.Version;
        }
    }

    protected override string? FieldFor(string code) => CreateModel.InputModel.FieldFor(code);

    public sealed class InputModel : CreateModel.InputModel
    {
        public long Version { get; set; }
    }
}
