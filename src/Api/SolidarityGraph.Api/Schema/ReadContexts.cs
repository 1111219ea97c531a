using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Schema;

/// <summary>
/// Hands out read-only <see cref="SolidarityGraphDbContext"/>s for one request: one per root field and per DataLoader
/// batch, because a DbContext is not thread-safe and those run concurrently (PARITY.md §4, "DI scoping"). All are
/// disposed with the request scope.
/// </summary>
public sealed class ReadContexts(DbContextOptions<SolidarityGraphDbContext> options) : IDisposable, IAsyncDisposable
{
    private readonly List<SolidarityGraphDbContext> _created = new();

    /// <summary>A new no-tracking context, disposed at the end of the request.</summary>
    public SolidarityGraphDbContext Create()
    {
        var db = new SolidarityGraphDbContext(options);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        lock (_created)
        {
            _created.Add(db);
        }

        return db;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var db in Drain())
        {
            db.Dispose();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var db in Drain())
        {
            await db.DisposeAsync();
        }
    }

    private List<SolidarityGraphDbContext> Drain()
    {
        lock (_created)
        {
            var all = _created.ToList();
            _created.Clear();
            return all;
        }
    }
}
