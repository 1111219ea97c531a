using System.Data;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SolidarityGraph.Api.Auth;
using SolidarityGraph.Api.Schema;
using SolidarityGraph.Api.Schema.Privacy;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Testing.Databases;

namespace SolidarityGraph.Api.Tests.Schema;

/// <summary>
/// Read contexts come from a pool per options instance: a request's contexts go back at its end and the next request
/// gets them reset (no tracked entities, no tracking, steward-only rows only for a steward), instead of building EF
/// Core's services anew for each.
/// </summary>
public sealed class ReadContextsTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task ARequestsContextsReturnToThePoolAndComeBackReset()
    {
        var builder = new DbContextOptionsBuilder<SolidarityGraphDbContext>();
        builder.UseSolidarityGraph(_database.Settings);
        var options = builder.Options;
        await DatabaseInitializer.InitializeAsync(_database.Settings);

        using var pool = new ReadContextPool(options);

        SolidarityGraphDbContext first;
        await using (var request = new ReadContexts(pool, Caller(AdminRoles.Steward), Authorization))
        {
            first = request.Create();
            Assert.True(first.ReadsStewardOnlyData);
            first.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
            first.Add(new Domain.Organisations.Organisation("Never saved", Domain.Organisations.OrganisationKind.Network));
            Assert.NotSame(first, request.Create()); // two at once are two contexts
        }

        // Both come back (the one that tracked an entity through EF Core's pool, which resets it), in either order.
        await using var next = new ReadContexts(pool, Caller(), Authorization);
        var again = new[] { next.Create(), next.Create() };

        Assert.Contains(first, again);
        Assert.All(again, db =>
        {
            Assert.False(db.ReadsStewardOnlyData); // the steward's access did not come back with the pooled context
            Assert.Empty(db.ChangeTracker.Entries());
            Assert.Equal(QueryTrackingBehavior.NoTracking, db.ChangeTracker.QueryTrackingBehavior);
        });
        Assert.Equal(0, await first.Organisations.CountAsync(o => o.Name == "Never saved"));
    }

    [Fact]
    public async Task BatchesThatDoNotOverlapShareOneContextAndItsOpenConnection()
    {
        var builder = new DbContextOptionsBuilder<SolidarityGraphDbContext>();
        builder.UseSolidarityGraph(_database.Settings);
        var options = builder.Options;
        await DatabaseInitializer.InitializeAsync(_database.Settings);

        using var pool = new ReadContextPool(options);

        SolidarityGraphDbContext leased;
        SolidarityGraphDbContext other;
        SolidarityGraphDbContext root;
        System.Data.Common.DbConnection connection;
        await using (var request = new ReadContexts(pool, Caller(), Authorization))
        {
            await using (var first = await request.LeaseAsync())
            {
                leased = first.Context;
                Assert.Equal(QueryTrackingBehavior.NoTracking, leased.ChangeTracker.QueryTrackingBehavior);
                Assert.False(leased.ReadsStewardOnlyData);
                await using var overlapping = await request.LeaseAsync();
                other = overlapping.Context;
                Assert.NotSame(leased, other); // two batches at once never share a context
                root = request.Create();
                Assert.NotSame(root, leased); // nor does a root field
            }

            await using var next = await request.LeaseAsync();
            Assert.Same(leased, next.Context);
            connection = leased.Database.GetDbConnection();
            Assert.Equal(ConnectionState.Open, connection.State); // opened once for the request
            Assert.Equal(0, await leased.Organisations.CountAsync(o => o.Name == "Nobody"));
            Assert.Equal(ConnectionState.Open, connection.State); // a statement does not close it
        }

        // The request's end returns the context to the pool. On SQLite the pool keeps its connection open (and with it
        // the statements it prepared) for the next request; on PostgreSQL it goes back to EF Core's pool, which closes it
        // (the driver pools the physical connection).
        Assert.Equal(TestProvider.IsPostgres ? ConnectionState.Closed : ConnectionState.Open, connection.State);
        await using var later = new ReadContexts(pool, Caller(), Authorization);
        await using var lease = await later.LeaseAsync();
        Assert.Contains(lease.Context, new[] { leased, other, root }); // a context of the earlier request, reused
        Assert.Equal(ConnectionState.Open, lease.Context.Database.GetDbConnection().State);
        Assert.Equal(0, await lease.Context.Organisations.CountAsync(o => o.Name == "Nobody"));
    }

    [Fact]
    public async Task EveryLeasedSqliteConnectionKeepsTemporaryTablesInMemory()
    {
        // A SQLite setting, so a SQLite file whatever the provider of this run.
        var file = Path.Combine(Path.GetTempPath(), "sg-temp-store-" + Guid.NewGuid().ToString("N") + ".db");
        var connectionString = "Data Source=" + file;
        await DatabaseInitializer.InitializeAsync(connectionString);
        var builder = new DbContextOptionsBuilder<SolidarityGraphDbContext>();
        builder.UseSolidarityGraphSqlite(connectionString);
        var options = builder.Options;
        var pool = new ReadContextPool(options);

        // The pragma runs when a physical connection first opens; the next request's lease reuses the pooled one.
        for (var request = 0; request < 3; request++)
        {
            await using var contexts = new ReadContexts(pool, Caller(), Authorization);
            await using var lease = await contexts.LeaseAsync();
            await using var overlapping = await contexts.LeaseAsync(); // a second physical connection
            foreach (var db in new[] { lease.Context, overlapping.Context })
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = "PRAGMA temp_store;";
                Assert.Equal(2L, await command.ExecuteScalarAsync()); // 2 = MEMORY (0 = the build's default, files)
            }
        }

        pool.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(file);
    }

    [Fact]
    public async Task OnlyACallerPassingTheStewardPolicyReadsStewardOnlyRows()
    {
        var builder = new DbContextOptionsBuilder<SolidarityGraphDbContext>();
        builder.UseSolidarityGraph(_database.Settings);
        await DatabaseInitializer.InitializeAsync(_database.Settings);
        using var pool = new ReadContextPool(builder.Options);

        Assert.False(new ReadContexts(pool, new HttpContextAccessor(), Authorization).Create().ReadsStewardOnlyData);
        Assert.False(new ReadContexts(pool, Caller(), Authorization).Create().ReadsStewardOnlyData);
        Assert.False(new ReadContexts(pool, Caller(Policies.PartnerRole), Authorization).Create().ReadsStewardOnlyData);
        Assert.True(new ReadContexts(pool, Caller(AdminRoles.Admin), Authorization).Create().ReadsStewardOnlyData);
    }

    public void Dispose() => _database.Dispose();

    // The policy as the Api registers it (AdminExtensions).
    private static readonly IAuthorizationService Authorization = new ServiceCollection()
        .AddLogging()
        .AddAuthorizationBuilder()
        .AddPolicy(AdminRoles.StewardPolicy, policy => policy.RequireRole(AdminRoles.Steward, AdminRoles.Admin))
        .Services.BuildServiceProvider()
        .GetRequiredService<IAuthorizationService>();

    /// <summary>A request signed in with <paramref name="roles"/>, or anonymous without any.</summary>
    private static HttpContextAccessor Caller(params string[] roles)
    {
        var identity = roles.Length == 0
            ? new ClaimsIdentity()
            : new ClaimsIdentity(roles.Select(r => new Claim(ClaimTypes.Role, r)).Prepend(new Claim(ClaimTypes.Name, "someone")), "Test");
        return new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity) } };
    }
}
