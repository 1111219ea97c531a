using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Domain.Classifications;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Indicators;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Api.Pages.Admin;

/// <summary>
/// The dashboard: funding by funder and by currency, people reached and trained per project, projects per country and
/// per SDG, each as a server-rendered SVG bar chart with a data table.
/// </summary>
internal sealed class IndexModel(SolidarityGraphDbContext db) : AdminPageModel
{
    /// <summary>Indicator codes shown in the people chart (DOMAIN.md §4.3), with their labels.</summary>
    public static readonly IReadOnlyDictionary<string, string> PeopleCodes = new Dictionary<string, string>
    {
        ["SG:PEOPLE_REACHED"] = "people reached",
        ["SG:WOMEN_TRAINED"] = "women trained",
        ["SG:OFFICIALS_TRAINED"] = "officials trained",
    };

    private static readonly string[] Goals =
    [
        "No poverty", "Zero hunger", "Good health and well-being", "Quality education", "Gender equality",
        "Clean water and sanitation", "Affordable and clean energy", "Decent work and economic growth",
        "Industry, innovation and infrastructure", "Reduced inequalities", "Sustainable cities and communities",
        "Responsible consumption and production", "Climate action", "Life below water", "Life on land",
        "Peace, justice and strong institutions", "Partnerships for the goals",
    ];

    public IReadOnlyList<BarChart> Charts { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var projects = await Names.ProjectsAsync(db);
        Charts = [.. await FundingChartsAsync(), await PeopleChartAsync(projects), await CountryChartAsync(), await SdgChartAsync()];
    }

    private async Task<BarChart[]> FundingChartsAsync()
    {
        var organisations = await Names.OrganisationsAsync(db);
        var fundings = await db.Fundings.AsNoTracking().ToListAsync();
        var known = fundings.Where(f => f.Amount is not null).ToList();
        var unknown = fundings.Where(f => f.Amount is null).Select(f => organisations.GetValueOrDefault(f.FunderId, f.FunderId)).Distinct().Order().ToList();
        var byFunder = known
            .GroupBy(f => (f.FunderId, f.Currency))
            .Select(g => (Label: organisations.GetValueOrDefault(g.Key.FunderId, g.Key.FunderId), g.Key.Currency, Sum: g.Sum(f => f.Amount!.Value)))
            .OrderBy(x => x.Currency, StringComparer.Ordinal).ThenByDescending(x => x.Sum)
            .Select(x => new ChartBar(x.Label, x.Sum, $"{BarChart.Number(x.Sum)} {x.Currency}"))
            .ToList();
        var byCurrency = known.GroupBy(f => f.Currency!)
            .Select(g => new ChartBar(g.Key, g.Sum(f => f.Amount!.Value), $"{BarChart.Number(g.Sum(f => f.Amount!.Value))} {g.Key}"))
            .OrderByDescending(b => b.Value).ToList();
        var note = unknown.Count == 0 ? null : $"Amount unknown (not charted, never counted as 0): {string.Join(", ", unknown)}.";
        return
        [
            new BarChart("funding-by-funder", "Funding by funder", "Funder", "Amount", byFunder, note),
            new BarChart("funding-by-currency", "Funding by currency", "Currency", "Total", byCurrency,
                "Totals of known amounts per currency; currencies are never converted or added together."),
        ];
    }

    private async Task<BarChart> PeopleChartAsync(Dictionary<string, string> projects)
    {
        var codes = PeopleCodes.Keys.ToList();
        var rows = await (from r in db.Results.AsNoTracking()
                          join i in db.Indicators.AsNoTracking() on r.Id equals i.ResultId
                          join v in db.IndicatorValues.AsNoTracking() on i.Id equals v.IndicatorId
                          where codes.Contains(i.Code) && v.Kind == IndicatorValueKind.Actual
                          select new { r.ProjectId, i.Code, Value = v }).ToListAsync();
        var bars = rows.GroupBy(x => (x.ProjectId, x.Code))
            .Select(g => (g.Key.ProjectId, Total: IndicatorTotals.Sum(g.Key.Code, g.Select(x => (x.Code, x.Value)))))
            .OrderBy(x => projects.GetValueOrDefault(x.ProjectId), StringComparer.OrdinalIgnoreCase).ThenBy(x => x.Total.Code, StringComparer.Ordinal)
            .Select(x => new ChartBar(
                $"{PeopleCodes[x.Total.Code]} · {projects.GetValueOrDefault(x.ProjectId, x.ProjectId)}",
                x.Total.Total,
                (x.Total.IsLowerBound ? "≥ " : string.Empty) + BarChart.Number(x.Total.Total)))
            .ToList();
        return new BarChart("people-per-project", "People reached and trained per project", "Project and indicator", "People", bars,
            "Reported ACTUAL values; ≥ marks a lower bound (the source says «about» or «more than»). Different indicators are never added up.");
    }

    private async Task<BarChart> CountryChartAsync()
    {
        var rows = await (from l in db.ProjectLocations.AsNoTracking()
                          join p in db.Places.AsNoTracking() on l.PlaceId equals p.Id
                          where p.CountryCode != null
                          select new { l.ProjectId, p.CountryCode }).ToListAsync();
        var bars = rows.Distinct().GroupBy(x => x.CountryCode!)
            .Select(g => new ChartBar(g.Key, g.Count(), BarChart.Number(g.Count())))
            .OrderByDescending(b => b.Value).ThenBy(b => b.Label, StringComparer.Ordinal).ToList();
        return new BarChart("projects-per-country", "Projects per country", "Country (ISO 3166-1)", "Projects", bars);
    }

    private async Task<BarChart> SdgChartAsync()
    {
        var rows = await db.Classifications.AsNoTracking()
            .Where(c => c.Scheme == ClassificationScheme.SdgGoal && c.Subject.Kind == NodeKind.Project)
            .Select(c => new { c.Code, ProjectId = c.Subject.Id }).ToListAsync();
        var bars = rows.Distinct().GroupBy(x => int.Parse(x.Code, System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(g => g.Key)
            .Select(g => new ChartBar($"SDG {g.Key} {Goals[g.Key - 1]}", g.Count(), BarChart.Number(g.Count())))
            .ToList();
        return new BarChart("projects-per-sdg", "Projects per SDG", "Goal", "Projects", bars, "Curated classifications (assertion CURATED).");
    }
}
