using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Domain.Campaigns;
using SolidarityGraph.Domain.Classifications;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Events;
using SolidarityGraph.Domain.Fundings;
using SolidarityGraph.Domain.Indicators;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Places;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Api.Pages.Admin.Projects;

/// <summary>A project and its neighbourhood in the graph: funders, participants, places, results, campaigns, events.</summary>
internal sealed class DetailsModel(SolidarityGraphDbContext db) : AdminPageModel
{
    public Project Project { get; private set; } = null!;

    public IReadOnlyList<Funding> Fundings { get; private set; } = [];

    public IReadOnlyList<Participation> Participations { get; private set; } = [];

    public IReadOnlyList<(ProjectLocation Location, Place Place)> Places { get; private set; } = [];

    public IReadOnlyList<IndicatorRow> Indicators { get; private set; } = [];

    public IReadOnlyList<Budget> Budgets { get; private set; } = [];

    public IReadOnlyList<Campaign> Campaigns { get; private set; } = [];

    public IReadOnlyList<Training> Trainings { get; private set; } = [];

    public IReadOnlyList<Event> Events { get; private set; } = [];

    public IReadOnlyList<Classification> Classifications { get; private set; } = [];

    public IReadOnlyDictionary<string, string> OrganisationNames { get; private set; } = new Dictionary<string, string>();

    /// <summary>Cite a source for a field of this project.</summary>
    public CitationPicker Picker { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id) is not { } project)
        {
            return NotFound();
        }

        Project = project;
        OrganisationNames = await Names.OrganisationsAsync(db);
        Picker = await CitationPicker.WithCitationsAsync(db, project, await RecordNames.LoadAsync(db));
        Fundings = await db.Fundings.AsNoTracking().Where(f => f.ProjectId == id).ToListAsync();
        Participations = (await db.Participations.AsNoTracking().Where(p => p.ProjectId == id).ToListAsync()).OrderBy(p => p.Role).ToList();
        Places = await (from l in db.ProjectLocations.AsNoTracking()
                        join p in db.Places.AsNoTracking() on l.PlaceId equals p.Id
                        where l.ProjectId == id
                        select new { l, p }).Select(x => ValueTuple.Create(x.l, x.p)).ToListAsync();
        Budgets = await db.Budgets.AsNoTracking().Where(b => b.ProjectId == id).ToListAsync();
        Campaigns = await db.Campaigns.AsNoTracking().Where(c => c.ProjectId == id).ToListAsync();
        Trainings = await db.Trainings.AsNoTracking().Where(t => t.ProjectId == id).ToListAsync();
        Events = await db.Events.AsNoTracking().Where(e => e.ProjectId == id).ToListAsync();
        Classifications = await db.Classifications.AsNoTracking().Where(c => c.Subject.Id == id).ToListAsync();
        Indicators = await LoadIndicatorsAsync(id);
        return Page();
    }

    private async Task<IReadOnlyList<IndicatorRow>> LoadIndicatorsAsync(string projectId)
    {
        var indicators = await (from r in db.Results.AsNoTracking()
                                join i in db.Indicators.AsNoTracking() on r.Id equals i.ResultId
                                where r.ProjectId == projectId
                                select i).ToListAsync();
        var indicatorIds = indicators.Select(i => i.Id).ToList();
        var values = await db.IndicatorValues.AsNoTracking().Where(v => indicatorIds.Contains(v.IndicatorId)).ToListAsync();
        var valueIds = values.Select(v => v.Id).ToList();
        var citations = await db.Citations.AsNoTracking().Where(c => valueIds.Contains(c.Subject.Id)).ToListAsync();
        var sources = await db.Sources.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Title);
        return indicators.OrderBy(i => i.Code, StringComparer.Ordinal).Select(i => new IndicatorRow(i, values
            .Where(v => v.IndicatorId == i.Id)
            .Select(v => new ValueRow(v, citations.Where(c => c.Subject.Id == v.Id).Select(c => (c, sources.GetValueOrDefault(c.SourceId, c.SourceId))).ToList()))
            .ToList())).ToList();
    }

    public sealed record IndicatorRow(Indicator Indicator, IReadOnlyList<ValueRow> Values);

    public sealed record ValueRow(IndicatorValue Value, IReadOnlyList<(Citation Citation, string SourceTitle)> Citations);

    /// <summary>How a comparator reads in front of a number.</summary>
    public static string Wording(Comparator comparator) => comparator switch
    {
        Comparator.Approx => "about ",
        Comparator.Gt => "more than ",
        Comparator.Gte => "at least ",
        Comparator.Lt => "less than ",
        Comparator.Lte => "at most ",
        _ => string.Empty,
    };
}
