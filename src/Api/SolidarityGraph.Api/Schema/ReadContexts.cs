using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using SolidarityGraph.Api.Schema.Privacy;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Schema;

/// <summary>
/// Hands out read-only <see cref="SolidarityGraphDbContext"/>s for one request: one per root field and per DataLoader
/// batch, because a DbContext is not thread-safe and those run concurrently (PARITY.md §4, "DI scoping"). All are
/// disposed with the request scope. Each sees steward-only rows exactly when the caller passes the
/// <see cref="Policies.Steward"/> policy (<see cref="SolidarityGraphDbContext.ReadsStewardOnlyData"/>).
/// </summary>
public sealed class ReadContexts(
    DbContextOptions<SolidarityGraphDbContext> options, IHttpContextAccessor http, IAuthorizationService authorization) : IDisposable, IAsyncDisposable
{
    // One pool per options instance (the options are a singleton in the Api): a pooled context keeps its EF Core
    // services between requests, which a new context builds again. Read contexts never save, so the per-request
    // Actor of the context does not matter here.
    private static readonly ConditionalWeakTable<DbContextOptions<SolidarityGraphDbContext>, PooledDbContextFactory<SolidarityGraphDbContext>> Pools = new();

    private readonly PooledDbContextFactory<SolidarityGraphDbContext> _pool = Pools.GetValue(options, o => new PooledDbContextFactory<SolidarityGraphDbContext>(o));
    private readonly List<SolidarityGraphDbContext> _created = new();
    private bool? _steward;

    /// <summary>
    /// A no-tracking context, returned to the pool at the end of the request. Callers must not dispose it: disposing
    /// a pooled context returns it at once, another request rents it, and this request's end would then return it a
    /// second time while that request is still reading (<c>ConcurrentRequestsTests</c>).
    /// </summary>
    public SolidarityGraphDbContext Create()
    {
        var db = _pool.CreateDbContext();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        db.ReadsStewardOnlyData = CallerIsSteward(); // set on every rent: a pooled context keeps the previous request's value
        lock (_created)
        {
            _created.Add(db);
        }

        return db;
    }

    private bool CallerIsSteward()
    {
        lock (_created)
        {
            return _steward ??= StewardAccess.Passes(http.HttpContext?.User, authorization);
        }
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
