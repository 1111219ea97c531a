using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Schema.Privacy;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Schema;

/// <summary>
/// Hands out read-only <see cref="SolidarityGraphDbContext"/>s for one request: one per root field (<see cref="Create"/>)
/// and one per DataLoader batch while it runs (<see cref="LeaseAsync"/>), because a DbContext is not thread-safe and
/// those may run concurrently (PARITY.md §4, "DI scoping"). A batch's context comes back when the batch ends, so the
/// batches of a request that do not overlap in time share one context and its connection. All go back to the
/// <see cref="ReadContextPool"/> with the request (on SQLite with their connection and prepared statements still open).
/// Each sees steward-only rows exactly when the caller passes the <see cref="Policies.Steward"/> policy
/// (<see cref="SolidarityGraphDbContext.ReadsStewardOnlyData"/>).
/// </summary>
public sealed class ReadContexts(ReadContextPool pool, IHttpContextAccessor http, IAuthorizationService authorization) : IDisposable, IAsyncDisposable
{
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
        var db = pool.Rent();
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
        if (db.Database.GetDbConnection().State != System.Data.ConnectionState.Open) // on SQLite the pool's are open
        {
            // Opened by us, the connection stays open across the statements of every lease (EF Core opens and closes it
            // around each statement otherwise); on PostgreSQL it closes when the request's end resets the context.
            await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }

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
            pool.Return(db);
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Dispose(); // returning is synchronous (a context the pool does not keep is reset, which SQLite does synchronously)
        return ValueTask.CompletedTask;
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
