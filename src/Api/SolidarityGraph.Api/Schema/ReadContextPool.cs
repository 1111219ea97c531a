using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Persistence.Providers;

namespace SolidarityGraph.Api.Schema;

/// <summary>
/// The read contexts of every request (one pool per Api host, disposed with it). A pooled context keeps EF Core's
/// services between requests, which a new context builds again. On SQLite a context also keeps its connection open
/// between requests, and with it the statements it prepared (<see cref="SqliteStatementCache"/>): preparing a statement
/// cost more than running it, and opening a connection registers SQLite's functions anew. A context handed back goes to
/// EF Core's own pool instead (reset, connection closed) when this pool is full or disposed, or on PostgreSQL, whose
/// driver pools connections and whose statements live with them.
/// </summary>
public sealed class ReadContextPool : IDisposable
{
    /// <summary>Idle contexts kept open: a few per core serve the concurrent requests of a busy instance.</summary>
    private static readonly int MaxIdle = Math.Max(8, Environment.ProcessorCount * 4);

    private readonly PooledDbContextFactory<SolidarityGraphDbContext> _factory;
    private readonly Stack<SolidarityGraphDbContext> _idle = new(); // connection open, not in use
    private bool? _keepsConnectionsOpen;
    private bool _disposed;

    /// <summary>A pool over <paramref name="options"/> (the Api's singleton options).</summary>
    public ReadContextPool(DbContextOptions<SolidarityGraphDbContext> options) =>
        // Read contexts never save, so the per-request Actor of the context does not matter here.
        _factory = new PooledDbContextFactory<SolidarityGraphDbContext>(
            new DbContextOptionsBuilder<SolidarityGraphDbContext>(options).AddInterceptors(SqliteStatementCache.Instance).Options);

    /// <summary>
    /// An idle context, or a new one; on SQLite with its connection open. It comes with the previous request's
    /// settings: the caller sets tracking and steward access on every rent.
    /// </summary>
    internal SolidarityGraphDbContext Rent()
    {
        lock (_idle)
        {
            if (_idle.TryPop(out var idle))
            {
                return idle;
            }
        }

        var db = _factory.CreateDbContext();
        _keepsConnectionsOpen ??= DatabaseProviders.Of(db.Database) == DatabaseProvider.Sqlite;
        if (_keepsConnectionsOpen == true)
        {
            // Opened by us, so EF Core leaves it open across statements and requests until the context is disposed.
            // Synchronous: SQLite's asynchronous open runs synchronously anyway.
            db.Database.OpenConnection();
        }

        return db;
    }

    /// <summary>Takes back a context of a request that has ended; it must no longer be in use.</summary>
    internal void Return(SolidarityGraphDbContext db)
    {
        if (_keepsConnectionsOpen == true && db.ChangeTracker.QueryTrackingBehavior == QueryTrackingBehavior.NoTracking)
        {
            db.ChangeTracker.Clear(); // nothing is tracked without tracking, unless attached by hand
            lock (_idle)
            {
                if (!_disposed && _idle.Count < MaxIdle)
                {
                    _idle.Push(db);
                    return;
                }
            }
        }

        db.Dispose(); // back to EF Core's pool: reset, connection closed
    }

    /// <inheritdoc />
    public void Dispose()
    {
        SolidarityGraphDbContext[] idle;
        lock (_idle)
        {
            _disposed = true;
            idle = [.. _idle];
            _idle.Clear();
        }

        foreach (var db in idle)
        {
            db.Dispose(); // to EF Core's pool, which closes the connection (the pool itself has nothing to dispose)
        }
    }
}
