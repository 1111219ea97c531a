using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Domain.Fundings;
using SolidarityGraph.Domain.Memberships;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Api.Pages.Admin.Organisations;

/// <summary>An organisation and its neighbourhood: what it funds, what it receives, where it takes part, its networks.</summary>
internal sealed class DetailsModel(SolidarityGraphDbContext db) : AdminPageModel
{
    public Organisation Organisation { get; private set; } = null!;

    public IReadOnlyList<Funding> Funds { get; private set; } = [];

    public IReadOnlyList<Funding> Receives { get; private set; } = [];

    public IReadOnlyList<Participation> Participations { get; private set; } = [];

    public IReadOnlyList<Membership> Memberships { get; private set; } = [];

    public IReadOnlyList<Organisation> Units { get; private set; } = [];

    public IReadOnlyDictionary<string, string> OrganisationNames { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> ProjectTitles { get; private set; } = new Dictionary<string, string>();

    /// <summary>Cite a source for a field of this organisation.</summary>
    public CitationPicker Picker { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id) is not { } organisation)
        {
            return NotFound();
        }

        Organisation = organisation;
        OrganisationNames = await Names.OrganisationsAsync(db);
        Picker = await CitationPicker.WithCitationsAsync(db, organisation, await RecordNames.LoadAsync(db));
        ProjectTitles = await Names.ProjectsAsync(db);
        Funds = await db.Fundings.AsNoTracking().Where(f => f.FunderId == id).ToListAsync();
        Receives = await db.Fundings.AsNoTracking().Where(f => f.RecipientId == id).ToListAsync();
        Participations = await db.Participations.AsNoTracking().Where(p => p.OrganisationId == id).ToListAsync();
        Memberships = await db.Memberships.AsNoTracking().Where(m => m.MemberId == id || m.NetworkId == id).ToListAsync();
        Units = await db.Organisations.AsNoTracking().Where(o => o.ParentId == id).ToListAsync();
        return Page();
    }
}
