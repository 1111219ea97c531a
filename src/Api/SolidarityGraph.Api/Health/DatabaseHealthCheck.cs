using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Seed;

namespace SolidarityGraph.Api.Health;

/// <summary>
/// Healthy when the database answers and has every migration; degraded with pending migrations; unhealthy when the
/// database cannot be queried. The <see cref="DatabaseStatus"/> travels in the result data for the response writer.
/// </summary>
internal sealed class DatabaseHealthCheck(SolidarityGraphDbContext db) : IHealthCheck
{
    /// <summary>Registration name, also the key of the status in the result data.</summary>
    public const string Name = "database";

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            var counts = await EntityCounts.CountAsync(db, cancellationToken);
            var status = new DatabaseStatus(db.Database.ProviderName, applied.LastOrDefault(), applied, pending, counts);
            var data = new Dictionary<string, object> { [Name] = status };
            return pending.Count == 0
                ? HealthCheckResult.Healthy("Database reachable and migrated.", data)
                : HealthCheckResult.Degraded($"{pending.Count} pending migration(s).", data: data);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("Database cannot be queried.", ex);
        }
    }
}
