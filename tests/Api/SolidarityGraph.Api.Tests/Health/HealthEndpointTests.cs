using System.Net;
using System.Text.Json;
using SolidarityGraph.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace SolidarityGraph.Api.Tests.Health;

/// <summary><c>/health</c> over a real SQLite file created, migrated and seeded by the host at start-up.</summary>
public sealed class HealthEndpointTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ReportsProviderLastMigrationAndCounts()
    {
        using var factory = new ApiFactory(_database.ConnectionString);
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("Healthy", root.GetProperty("status").GetString());
        var database = root.GetProperty("database");
        Assert.Equal("Microsoft.EntityFrameworkCore.Sqlite", database.GetProperty("provider").GetString());
        Assert.Equal(LastMigrationInCode(), database.GetProperty("lastAppliedMigration").GetString());
        Assert.Empty(database.GetProperty("pendingMigrations").EnumerateArray());
        var counts = root.GetProperty("counts");
        Assert.Equal(5, counts.GetProperty("sources").GetInt32());
        Assert.Equal(28, counts.GetProperty("organisations").GetInt32());
        Assert.Equal(7, counts.GetProperty("projects").GetInt32());
        Assert.Equal(3, counts.GetProperty("fundings").GetInt32());
        Assert.True(File.Exists(_database.FilePath), "the host creates the database file and its folder");
    }

    [Fact]
    public async Task StartingTwiceOnTheSameFileDoesNotDuplicateSeedData()
    {
        var first = await CountsAfterStartAsync();
        var second = await CountsAfterStartAsync();

        Assert.Equal(28, first["organisations"]);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task SeedingAnEmptyDatabaseCanBeSwitchedOff()
    {
        using var factory = new ApiFactory(_database.ConnectionString, seedWhenEmpty: false);
        using var client = factory.CreateClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync("/health"));

        Assert.Equal(0, json.RootElement.GetProperty("counts").GetProperty("organisations").GetInt32());
        Assert.NotNull(json.RootElement.GetProperty("database").GetProperty("lastAppliedMigration").GetString());
    }

    private async Task<Dictionary<string, int>> CountsAfterStartAsync()
    {
        using var factory = new ApiFactory(_database.ConnectionString);
        using var client = factory.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/health"));
        return json.RootElement.GetProperty("counts").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
    }

    private static string LastMigrationInCode()
    {
        using var db = DatabaseInitializer.CreateContext("Data Source=:memory:");
        return db.Database.GetMigrations().Last();
    }
}
