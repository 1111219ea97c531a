using System.Data.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SolidarityGraph.Api.Schema;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Persistence.Providers;

namespace SolidarityGraph.Api.Tests.Schema;

/// <summary>
/// On SQLite the read contexts keep their connections open between requests, and a statement EF Core runs again on the
/// same connection reuses the command (and so the statement) prepared the first time (<see cref="SqliteStatementCache"/>).
/// A SQLite file of its own, whatever the provider of this run.
/// </summary>
public sealed class SqliteStatementCacheTests : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "sg-statements-" + Guid.NewGuid().ToString("N") + ".db");
    private readonly Executions _executions = new();
    private ReadContextPool? _pool;

    private ReadContextPool Pool => _pool ?? throw new InvalidOperationException("Not initialised.");

    public async Task InitializeAsync()
    {
        var connectionString = "Data Source=" + _file;
        await DatabaseInitializer.InitializeAsync(connectionString);
        await using (var db = DatabaseInitializer.CreateContext(connectionString))
        {
            db.Organisations.AddRange(new Organisation("Alpha Network", OrganisationKind.Network), new Organisation("Beta Network", OrganisationKind.Network));
            await db.SaveChangesAsync();
        }

        var builder = new DbContextOptionsBuilder<SolidarityGraphDbContext>();
        builder.UseSolidarityGraphSqlite(connectionString).AddInterceptors(_executions);
        _pool = new ReadContextPool(builder.Options);
    }

    [Fact]
    public async Task TheNextRequestReusesThePreparedStatementWithItsOwnParameters()
    {
        Assert.Equal(["Alpha Network"], await NamesInRequestAsync("Alpha Network"));
        Assert.Equal(["Beta Network"], await NamesInRequestAsync("Beta Network"));
        Assert.Empty(await NamesInRequestAsync("Gamma Network"));

        var commands = _executions.Commands;
        Assert.Equal(3, commands.Count);
        Assert.Same(commands[0], commands[1]); // one command, prepared once, with each execution's parameter value
        Assert.Same(commands[0], commands[2]);
        Assert.Empty(commands[0].Parameters); // an execution's values are dropped when its reader ends
    }

    [Fact]
    public async Task AKeptStatementHoldsNoSnapshotTheNextRequestWouldRead()
    {
        // The first request stops reading after one row of two: its statement is kept, unfinished, with the connection.
        await using (var request = new ReadContexts(Pool, new HttpContextAccessor(), Authorization))
        {
            await using var lease = await request.LeaseAsync();
            Assert.Equal("Alpha Network", await lease.Context.Organisations.OrderBy(o => o.Name).Select(o => o.Name).FirstAsync());
        }

        await using (var writer = DatabaseInitializer.CreateContext("Data Source=" + _file))
        {
            writer.Organisations.Add(new Organisation("Aardvark Network", OrganisationKind.Network));
            await writer.SaveChangesAsync();
        }

        // A statement left holding its read transaction would pin the connection to the snapshot before the write.
        await using var next = new ReadContexts(Pool, new HttpContextAccessor(), Authorization);
        await using var again = await next.LeaseAsync();
        Assert.Equal("Aardvark Network", await again.Context.Organisations.OrderBy(o => o.Name).Select(o => o.Name).FirstAsync());
        Assert.Equal(3, await again.Context.Organisations.CountAsync());
        Assert.Same(_executions.Commands[0], _executions.Commands[1]);
    }

    [Fact]
    public async Task TheSameStatementReadTwiceAtOnceOnOneConnectionReadsBothCorrectly()
    {
        await using var request = new ReadContexts(Pool, new HttpContextAccessor(), Authorization);
        await using var lease = await request.LeaseAsync();
        var db = lease.Context;
        var pairs = new List<(string Outer, string Inner)>();
        await foreach (var outer in Names(db, "Alpha Network").AsAsyncEnumerable())
        {
            // The outer reader is still open: the inner execution cannot take its command and runs on a new one.
            foreach (var inner in await Names(db, "Beta Network").ToListAsync())
            {
                pairs.Add((outer, inner));
            }
        }

        Assert.Equal([("Alpha Network", "Beta Network")], pairs);
        Assert.NotSame(_executions.Commands[0], _executions.Commands[1]);
        Assert.Equal(["Alpha Network"], await Names(db, "Alpha Network").ToListAsync()); // the cached one serves again
        Assert.Same(_executions.Commands[0], _executions.Commands[2]);
    }

    [Fact]
    public async Task AStatementThatFailedIsPreparedAnewNextTime()
    {
        await using var request = new ReadContexts(Pool, new HttpContextAccessor(), Authorization);
        await using var lease = await request.LeaseAsync();
        var db = lease.Context;
        await db.Database.ExecuteSqlRawAsync("CREATE TABLE \"Scratch\" (\"Value\" INTEGER)");
        await db.Database.ExecuteSqlRawAsync("INSERT INTO \"Scratch\" VALUES (1)");
        Assert.Equal([1], await Scratch(db));

        await db.Database.ExecuteSqlRawAsync("DROP TABLE \"Scratch\"");
        await Assert.ThrowsAsync<SqliteException>(() => Scratch(db)); // no such table: the cached command fails

        await db.Database.ExecuteSqlRawAsync("CREATE TABLE \"Scratch\" (\"Value\" INTEGER)");
        await db.Database.ExecuteSqlRawAsync("INSERT INTO \"Scratch\" VALUES (2)");
        Assert.Equal([2], await Scratch(db));
        Assert.NotSame(_executions.Commands[0], _executions.Commands[^1]); // a new command after the failure
    }

    [Fact]
    public async Task AConnectionClosedAndOpenedAgainPreparesItsStatementsAnew()
    {
        // A context that tracked goes back to EF Core's pool, which closes its connection: SQLite finalises the
        // statements of its commands then, so the next execution on that connection must not take a kept command.
        var db = Pool.Rent();
        var connection = db.Database.GetDbConnection();
        Assert.Equal(["Alpha Network"], await Names(db, "Alpha Network").ToListAsync());
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
        Pool.Return(db);
        Assert.Equal(System.Data.ConnectionState.Closed, connection.State);

        var again = Pool.Rent(); // EF Core's pool hands back the same context, and its connection is opened again
        Assert.Same(connection, again.Database.GetDbConnection());
        again.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        Assert.Equal(["Beta Network"], await Names(again, "Beta Network").ToListAsync());
        Pool.Return(again);

        var commands = _executions.Commands;
        Assert.Equal(2, commands.Count);
        Assert.NotSame(commands[0], commands[1]);
    }

    public async Task DisposeAsync()
    {
        _pool?.Dispose();
        SqliteConnection.ClearAllPools();
        await Task.Yield();
        File.Delete(_file);
    }

    private async Task<List<string>> NamesInRequestAsync(string name)
    {
        await using var request = new ReadContexts(Pool, new HttpContextAccessor(), Authorization);
        await using var lease = await request.LeaseAsync();
        return await Names(lease.Context, name).ToListAsync();
    }

    private static IQueryable<string> Names(SolidarityGraphDbContext db, string name) =>
        db.Organisations.Where(o => o.Name == name).OrderBy(o => o.Name).Select(o => o.Name);

    private static Task<List<int>> Scratch(SolidarityGraphDbContext db) =>
        db.Database.SqlQueryRaw<int>("SELECT \"Value\" FROM \"Scratch\"").ToListAsync();

    private static readonly IAuthorizationService Authorization = new ServiceCollection()
        .AddLogging()
        .AddAuthorization()
        .BuildServiceProvider()
        .GetRequiredService<IAuthorizationService>();

    /// <summary>The command of every reader EF Core executes, in order.</summary>
    private sealed class Executions : DbCommandInterceptor
    {
        private readonly List<DbCommand> _commands = new();

        public IReadOnlyList<DbCommand> Commands
        {
            get
            {
                lock (_commands)
                {
                    return [.. _commands];
                }
            }
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            lock (_commands)
            {
                _commands.Add(command);
            }

            return ValueTask.FromResult(result);
        }
    }
}
