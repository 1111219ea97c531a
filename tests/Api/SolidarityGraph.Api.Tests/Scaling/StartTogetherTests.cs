using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Tests.Hosting;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Testing.Databases;

namespace SolidarityGraph.Api.Tests.Scaling;

/// <summary>Instances started together on an empty PostgreSQL database create, migrate and seed it exactly once (advisory lock).</summary>
public sealed class StartTogetherTests
{
    [Fact]
    public async Task TwoInstancesStartingOnAnEmptyDatabaseMigrateAndSeedOnce()
    {
        var (environment, database, port) = await TwoInstances.ConfigurationAsync("sg_together");
        var starting = new[] { ReadmeServer.StartAsync(environment, port, createAdmin: false), ReadmeServer.StartAsync(environment, createAdmin: false) };
        try
        {
            var servers = await Task.WhenAll(starting);

            // Exactly one instance found the database empty and seeded it; the other waited for the lock, then found data.
            Assert.Single(servers, s => s.Lines.Any(l => l.Contains("Empty database seeded from", StringComparison.Ordinal)));

            // A first start on a new database logs nothing at error level (the provider's read of a missing
            // migrations history table used to appear as two "fail:" lines).
            Assert.DoesNotContain(servers.SelectMany(s => s.Lines), l => l.Contains(" fail: ", StringComparison.Ordinal) || l.Contains(" crit: ", StringComparison.Ordinal));
            var counts = new List<string>();
            foreach (var server in servers)
            {
                using var http = new HttpClient { BaseAddress = server.BaseAddress };
                using var response = await http.GetAsync("health");
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.OK, body);
                counts.Add(JsonNode.Parse(body)!["counts"]!.ToJsonString());
            }

            Assert.Equal(counts[0], counts[1]);
            await using var db = DatabaseInitializer.CreateContext(database);
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            Assert.True(await db.Projects.CountAsync() > 0);
        }
        finally
        {
            foreach (var start in starting.Where(s => s.IsCompletedSuccessfully))
            {
                await (await start).DisposeAsync();
            }

            await (await PostgresServer.SharedAsync()).DropDatabaseAsync(database.ConnectionString);
        }
    }
}
