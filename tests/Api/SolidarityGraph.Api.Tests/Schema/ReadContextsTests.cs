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

        SolidarityGraphDbContext first;
        await using (var request = new ReadContexts(options, Caller(AdminRoles.Steward), Authorization))
        {
            first = request.Create();
            Assert.True(first.ReadsStewardOnlyData);
            first.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
            first.Add(new Domain.Organisations.Organisation("Never saved", Domain.Organisations.OrganisationKind.Network));
            Assert.NotSame(first, request.Create()); // two at once are two contexts
        }

        await using var next = new ReadContexts(options, Caller(), Authorization);
        var again = next.Create();

        Assert.Same(first, again);
        Assert.False(again.ReadsStewardOnlyData); // the steward's access did not come back with the pooled context
        Assert.Empty(again.ChangeTracker.Entries());
        Assert.Equal(QueryTrackingBehavior.NoTracking, again.ChangeTracker.QueryTrackingBehavior);
        Assert.Equal(0, await again.Organisations.CountAsync(o => o.Name == "Never saved"));
    }

    [Fact]
    public async Task BatchesThatDoNotOverlapShareOneContextAndItsOpenConnection()
    {
        var builder = new DbContextOptionsBuilder<SolidarityGraphDbContext>();
        builder.UseSolidarityGraph(_database.Settings);
        var options = builder.Options;
        await DatabaseInitializer.InitializeAsync(_database.Settings);

        SolidarityGraphDbContext leased;
        System.Data.Common.DbConnection connection;
        await using (var request = new ReadContexts(options, Caller(), Authorization))
        {
            await using (var first = await request.LeaseAsync())
            {
                leased = first.Context;
                Assert.Equal(QueryTrackingBehavior.NoTracking, leased.ChangeTracker.QueryTrackingBehavior);
                Assert.False(leased.ReadsStewardOnlyData);
                await using var overlapping = await request.LeaseAsync();
                Assert.NotSame(leased, overlapping.Context); // two batches at once never share a context
                Assert.NotSame(request.Create(), leased); // nor does a root field
            }

            await using var next = await request.LeaseAsync();
            Assert.Same(leased, next.Context);
            connection = leased.Database.GetDbConnection();
            Assert.Equal(ConnectionState.Open, connection.State); // opened once for the request
            Assert.Equal(0, await leased.Organisations.CountAsync(o => o.Name == "Nobody"));
            Assert.Equal(ConnectionState.Open, connection.State); // a statement does not close it
        }

        // The request's end returns the context to the pool, which closes the connection.
        Assert.Equal(ConnectionState.Closed, connection.State);
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

        // The pragma runs when a physical connection first opens; the next request's lease reuses the pooled one.
        for (var request = 0; request < 3; request++)
        {
            await using var contexts = new ReadContexts(options, Caller(), Authorization);
            await using var lease = await contexts.LeaseAsync();
            await using var overlapping = await contexts.LeaseAsync(); // a second physical connection
            foreach (var db in new[] { lease.Context, overlapping.Context })
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = "PRAGMA temp_store;";
                Assert.Equal(2L, await command.ExecuteScalarAsync()); // 2 = MEMORY (0 = the build's default, files)
            }
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(file);
    }

    [Fact]
    public void OnlyACallerPassingTheStewardPolicyReadsStewardOnlyRows()
    {
        var builder = new DbContextOptionsBuilder<SolidarityGraphDbContext>();
        builder.UseSolidarityGraphSqlite(_database.ConnectionString);
        var options = builder.Options;

        Assert.False(new ReadContexts(options, new HttpContextAccessor(), Authorization).Create().ReadsStewardOnlyData);
        Assert.False(new ReadContexts(options, Caller(), Authorization).Create().ReadsStewardOnlyData);
        Assert.False(new ReadContexts(options, Caller(Policies.PartnerRole), Authorization).Create().ReadsStewardOnlyData);
        Assert.True(new ReadContexts(options, Caller(AdminRoles.Admin), Authorization).Create().ReadsStewardOnlyData);
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
