using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using SolidarityGraph.Api.Schema.Privacy;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Schema;

/// <summary>
/// Hands out read-only <see cref="SolidarityGraphDbContext"/>s for one request: one per root field (<see cref="Create"/>)
/// and one per DataLoader batch while it runs (<see cref="LeaseAsync"/>), because a DbContext is not thread-safe and
/// those may run concurrently (PARITY.md §4, "DI scoping"). A batch's context comes back when the batch ends, so the
/// batches of a request that do not overlap in time share one context and its connection, opened once for the request
/// instead of once per statement. All are disposed with the request scope. Each sees steward-only rows exactly when the
/// caller passes the <see cref="Policies.Steward"/> policy (<see cref="SolidarityGraphDbContext.ReadsStewardOnlyData"/>).
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
    private readonly Stack<SolidarityGraphDbContext> _idle = new(); // leased before, connection open, not in use
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

    /// <summary>
    /// A no-tracking context with an open connection for one unit of work that ends before the lease is disposed (a
    /// DataLoader batch): an idle one of this request when there is one, otherwise a new one. Nothing read through it
    /// may be enumerated after the lease ends; the context itself goes back to the pool with the request.
    /// </summary>
    public async ValueTask<ReadLease> LeaseAsync(CancellationToken cancellationToken = default)
    {
        lock (_created)
        {
            if (_idle.TryPop(out var idle))
            {
                return new ReadLease(this, idle);
            }
        }

        var db = Create();
        // Opened by us, the connection stays open across the statements of every lease (EF Core opens and closes it
        // around each statement otherwise, and on SQLite every open registers its functions and collations again);
        // it closes when the pooled context is reset at the end of the request.
        // (SQLite's per-connection settings are made once per physical connection when it opens: SqliteConnectionSetup.)
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return new ReadLease(this, db);
    }

    private void Return(SolidarityGraphDbContext db)
    {
        lock (_created)
        {
            if (_created.Contains(db)) // not after the request's end, when the context is back in the pool
            {
                _idle.Push(db);
            }
        }
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
            _idle.Clear();
            return all;
        }
    }

    /// <summary>A context held for one unit of work; disposing it hands the context back to the request.</summary>
    public readonly struct ReadLease : IDisposable, IAsyncDisposable
    {
        private readonly ReadContexts _owner;

        internal ReadLease(ReadContexts owner, SolidarityGraphDbContext context)
        {
            _owner = owner;
            Context = context;
        }

        /// <summary>The leased context; not for use after the lease is disposed.</summary>
        public SolidarityGraphDbContext Context { get; }

        /// <inheritdoc />
        public void Dispose() => _owner.Return(Context);

        /// <inheritdoc />
        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
