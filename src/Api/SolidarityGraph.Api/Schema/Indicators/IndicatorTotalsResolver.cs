using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Schema.Node;
using SolidarityGraph.Domain.Indicators;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Execution;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.Api.Schema.Indicators;

/// <summary>How <c>indicatorTotals</c> splits a total.</summary>
public enum IndicatorGrouping
{
    /// <summary>By the country of the value's place, else of the project's locations.</summary>
    Country,

    /// <summary>By the year of the value's <c>asOf</c> or period.</summary>
    Year,

    /// <summary>By the funders of the value's project.</summary>
    Funder,
}

/// <summary>One group of <c>indicatorTotals</c>; a value may count in several groups (a project in two countries).</summary>
/// <param name="Key">The country code, year or funder global ID; null for the grand total or an unknown group.</param>
/// <param name="Label">Human-readable group name.</param>
/// <param name="Code">The indicator code summed.</param>
/// <param name="Total">The sum of the values.</param>
/// <param name="IsLowerBound">True when any value is APPROX, GT or GTE (DOMAIN.md §4.5 rule 5).</param>
/// <param name="ValueCount">How many reported values were summed.</param>
/// <param name="UnitLabel">The unit shared by the values, when they agree.</param>
public sealed record IndicatorTotalGroup(string? Key, string? Label, string Code, decimal Total, bool IsLowerBound, int ValueCount, string? UnitLabel);

/// <summary>Computes <c>indicatorTotals</c> with the Domain's summing rules (<see cref="IndicatorTotals"/>).</summary>
internal static class IndicatorTotalsResolver
{
    public static async Task<IReadOnlyList<IndicatorTotalGroup>> ResolveAsync(IResolverContext context, string code, IndicatorGrouping? groupBy, IndicatorValueKind kind)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            throw new GraphQLException("indicatorTotals needs an indicator code.", ApiErrorCodes.InvalidArgument);
        }

        var db = context.Service<ReadContexts>().Create(); // returned to the pool by the request scope, never here
        var rows = await db.IndicatorValues.Where(v => v.Kind == kind)
            .Join(db.Indicators.Where(i => i.Code == code), v => v.IndicatorId, i => i.Id, (v, i) => new { Value = v, i.ResultId, i.UnitLabel })
            .Join(db.Results, x => x.ResultId, r => r.Id, (x, r) => new { x.Value, x.UnitLabel, r.ProjectId })
            .ToListAsync(context.CancellationToken);
        var units = rows.Select(r => r.UnitLabel).Distinct().ToList();
        var unit = units.Count == 1 ? units[0] : null;
        var projects = rows.Select(r => r.ProjectId).Distinct().ToList();
        var keys = groupBy switch
        {
            IndicatorGrouping.Country => await CountriesAsync(db, projects, rows.Select(r => r.Value.PlaceId).OfType<string>().Distinct().ToList(), context.CancellationToken),
            IndicatorGrouping.Funder => await FundersAsync(db, projects, context.CancellationToken),
            _ => null,
        };
        var groups = new Dictionary<(string? Key, string? Label), List<IndicatorValue>>();
        foreach (var row in rows)
        {
            foreach (var group in GroupsOf(groupBy, keys, row.Value, row.ProjectId))
            {
                if (!groups.TryGetValue(group, out var list))
                {
                    groups[group] = list = new List<IndicatorValue>();
                }

                list.Add(row.Value);
            }
        }

        return groups
            .Select(g => (g.Key, Sum: IndicatorTotals.Sum(code, g.Value.Select(v => (code, v))), Count: g.Value.Count))
            .Select(g => new IndicatorTotalGroup(g.Key.Key, g.Key.Label, code, g.Sum.Total, g.Sum.IsLowerBound, g.Count, unit))
            .OrderBy(g => g.Key ?? "\uffff", StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<(string?, string?)> GroupsOf(IndicatorGrouping? groupBy, ILookup<string, (string Key, string Label)>? keys, IndicatorValue value, string projectId)
    {
        if (groupBy == IndicatorGrouping.Year)
        {
            var year = (value.AsOf ?? value.PeriodEnd ?? value.PeriodStart)?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return [(year, year ?? "unknown")];
        }

        if (keys is null)
        {
            return [(null, "total")];
        }

        var own = value.PlaceId is { } place && keys.Contains("place:" + place) ? keys["place:" + place] : keys[projectId];
        var found = own.Distinct().Select(k => ((string?)k.Key, (string?)k.Label)).ToList();
        return found.Count > 0 ? found : [(null, "unknown")];
    }

    // Countries of the values' own places (keyed "place:{id}") and of each project's locations (keyed by project id).
    private static async Task<ILookup<string, (string Key, string Label)>> CountriesAsync(
        Domain.Persistence.SolidarityGraphDbContext db, List<string> projects, List<string> places, CancellationToken cancellationToken)
    {
        var located = await db.ProjectLocations.Where(l => projects.Contains(l.ProjectId))
            .Join(db.Places, l => l.PlaceId, p => p.Id, (l, p) => new { Owner = l.ProjectId, p.CountryCode })
            .ToListAsync(cancellationToken);
        var own = await db.Places.Where(p => places.Contains(p.Id)).Select(p => new { Owner = "place:" + p.Id, p.CountryCode }).ToListAsync(cancellationToken);
        return located.Concat(own)
            .Where(x => x.CountryCode is not null)
            .ToLookup(x => x.Owner, x => (x.CountryCode!, x.CountryCode!));
    }

    private static async Task<ILookup<string, (string Key, string Label)>> FundersAsync(
        Domain.Persistence.SolidarityGraphDbContext db, List<string> projects, CancellationToken cancellationToken)
    {
        var funders = await db.Fundings.Where(f => f.ProjectId != null && projects.Contains(f.ProjectId))
            .Join(db.Organisations, f => f.FunderId, o => o.Id, (f, o) => new { f.ProjectId, o.Id, o.Name })
            .ToListAsync(cancellationToken);
        return funders.ToLookup(f => f.ProjectId!, f => (GlobalId.Encode("Organisation", f.Id), f.Name));
    }
}
