using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Domain.Indicators;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.DataLoader;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.Api.Schema.Indicators;

/// <summary>Indicators reached through a project's results, batched per level.</summary>
public static class IndicatorResolvers
{
    /// <summary>The indicators of every result of project <paramref name="projectId"/>, ordered by id.</summary>
    public static async Task<IReadOnlyList<Indicator>> OfProject(IResolverContext context, string projectId)
    {
        var contexts = context.Service<ReadContexts>();
        var loader = context.GroupLoader<string, Indicator>("IndicatorsByProject", async (keys, ct) =>
        {
            var list = keys.ToList();
            await using var lease = await contexts.LeaseAsync(ct); // back to the request when the batch ends
            var db = lease.Context;
            var rows = await db.Indicators
                .Join(db.Results.Where(r => list.Contains(r.ProjectId)), i => i.ResultId, r => r.Id, (i, r) => new { r.ProjectId, Indicator = i })
                .ToListAsync(ct);
            return rows.OrderBy(r => r.Indicator.Id, StringComparer.Ordinal).ToLookup(r => r.ProjectId, r => r.Indicator);
        });
        return await loader.LoadAsync(projectId);
    }
}
