using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SolidarityGraph.Domain.Persistence.Providers;

/// <summary>
/// Settings SQLite keeps per physical connection, made once when EF Core first opens it. Microsoft.Data.Sqlite pools
/// physical connections (the native handle outlives the <see cref="SqliteConnection"/> that opened it), so a setting
/// made on one open is still there on the next; running the pragma on every open cost a statement per request.
/// <list type="bullet">
/// <item><c>PRAGMA temp_store = MEMORY</c>: a loader's windowed page materialises its window and sorts it in temporary
/// b-trees, which SQLite as built for .NET keeps in temporary files by default (the page statement then ran in 20–230 µs
/// on the seeded database instead of a steady 20 µs). Pages, counts and sorts hold a few rows per parent.</item>
/// </list>
/// </summary>
public sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    /// <summary>The one instance; it holds no per-context state.</summary>
    public static readonly SqliteConnectionSetup Instance = new();

    // Native handles already set up. Weak keys: a handle finalised with its physical connection leaves the table.
    private static readonly ConditionalWeakTable<object, object> Configured = new();
    private static readonly object Done = new();

    private SqliteConnectionSetup()
    {
    }

    /// <inheritdoc />
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Configure(connection);

    /// <inheritdoc />
    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        // Synchronous: SQLite's asynchronous calls run synchronously anyway, and a state machine costs more than the lookup.
        Configure(connection);
        return Task.CompletedTask;
    }

    /// <summary>Makes the settings on <paramref name="connection"/>'s physical connection unless made before.</summary>
    public static void Configure(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite || Configured.TryGetValue(handle, out _))
        {
            return;
        }

        using (var command = sqlite.CreateCommand())
        {
            command.CommandText = "PRAGMA temp_store = MEMORY;";
            command.ExecuteNonQuery();
        }

        Configured.AddOrUpdate(handle, Done);
    }
}
