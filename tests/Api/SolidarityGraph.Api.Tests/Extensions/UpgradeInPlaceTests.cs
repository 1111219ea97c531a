using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using SolidarityGraph.Api.Tests.Pages.Admin;

namespace SolidarityGraph.Api.Tests.Extensions;

/// <summary>
/// A database written by the release before the EF Core 10 upgrade opens, migrates in place at start-up and loses
/// nothing. The fixture was made with that release: <c>create-admin</c> (steward@example.org), the first run's seed,
/// then through GraphQL as that steward: <c>updateProject</c> on the junk collectors' project (title, description,
/// objectives, municipality count), <c>createOrganisation</c> "Cooperativa Fixture Ñandú", <c>createFunding</c> of
/// 12,345.6789 EUR from it, and a created-then-deleted organisation; every change is in its audit trail.
/// </summary>
public sealed class UpgradeInPlaceTests : IDisposable
{
    private const string FixturePassword = "Fixture-Passw0rd!";
    private const string EditedProjectId = "UHJvamVjdDowMDAwMDAwMDAwN0MxWVFDWFE4VjlaRVlDTg";
    private const string DeletedOrganisationId = "T3JnYW5pc2F0aW9uOjAxTTk0SDlURlA1M0Y5QldTUjRLRTNYUk1G";

    private readonly TempDatabase _database = new();

    public UpgradeInPlaceTests()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_database.FilePath)!);
        var fixture = Path.Combine(AppContext.BaseDirectory, "Extensions", "Fixtures", "seeded-with-edits-ef6.db.gz");
        using var compressed = new GZipStream(File.OpenRead(fixture), CompressionMode.Decompress);
        using var file = File.Create(_database.FilePath);
        compressed.CopyTo(file);
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task EveryRowAndTheAuditTrailSurviveTheUpgrade()
    {
        var before = ReadTables();
        Assert.Equal("6.0.7", Assert.Single(before.Migrations, m => m.Id.EndsWith("_InitialCreate", StringComparison.Ordinal)).ProductVersion);

        await using (var host = new ApiFactory(_database.ConnectionString))
        {
            var health = await host.CreateClient().GetAsync("/health");
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }

        var after = ReadTables();
        // Both migration histories gain the migrations added since (partner access, citation privacy); every other table
        // keeps its rows.
        // The audit trail gains one entry: the first start registers Banana Cake Pop's built-in OAuth client.
        string[] histories = ["__IdentityMigrationsHistory", "__EFMigrationsHistory", "AuditEntries"];
        Assert.Equal(
            before.Counts.Where(t => !histories.Contains(t.Key)).Select(t => $"{t.Key}={t.Value}"),
            after.Counts.Where(t => before.Counts.ContainsKey(t.Key) && !histories.Contains(t.Key)).Select(t => $"{t.Key}={t.Value}"));
        // EF Core 9 and later take a lock row in a table of their own while migrating; partner access adds OpenIddict's
        // tables, empty; the search index is an FTS5 table with its shadow tables.
        string[] searchIndex = ["RecordSearchIndex", "RecordSearchIndex_config", "RecordSearchIndex_content", "RecordSearchIndex_data", "RecordSearchIndex_docsize", "RecordSearchIndex_idx"];
        Assert.Equal(
            ["DataProtectionKeys", "OpenIddictApplications", "OpenIddictAuthorizations", "OpenIddictScopes", "OpenIddictTokens", .. searchIndex, "__EFMigrationsLock"],
            after.Counts.Keys.Except(before.Counts.Keys).Order(StringComparer.Ordinal));
        // The upgrade indexes every record that was there before: one row per searched record.
        Assert.Equal(
            Query("SELECT (SELECT COUNT(*) FROM Projects) + (SELECT COUNT(*) FROM Organisations) + (SELECT COUNT(*) FROM Places) + (SELECT COUNT(*) FROM Events) + (SELECT COUNT(*) FROM EventSeries) + (SELECT COUNT(*) FROM Trainings) + (SELECT COUNT(*) FROM Campaigns) + (SELECT COUNT(*) FROM Indicators) + (SELECT COUNT(*) FROM Sources) + (SELECT COUNT(*) FROM PublicContacts)"),
            Query("SELECT COUNT(*) FROM RecordSearchIndex"));
        Assert.Equal(
            ["OpenIddictApplications=1", "OpenIddictAuthorizations=0", "OpenIddictScopes=0", "OpenIddictTokens=0"],
            after.Counts.Where(t => t.Key.StartsWith("OpenIddict", StringComparison.Ordinal)).Select(t => $"{t.Key}={t.Value}").Order(StringComparer.Ordinal));
        Assert.Equal(before.Audit, after.Audit.Take(before.Audit.Count));
        Assert.Equal(before.Migrations, after.Migrations.Take(before.Migrations.Count));
        Assert.Equal(568, before.Audit.Count);
        Assert.Contains("|PartnerApplication|banana-cake-pop|", Assert.Single(after.Audit.Skip(before.Audit.Count)), StringComparison.Ordinal);
        Assert.Contains(after.Migrations, m => m.Id.EndsWith("_CitationPersonalData", StringComparison.Ordinal));
        // The upgrade marks the quotes that already named a known person: the seeded ones naming the four public contacts.
        Assert.Equal(["8"], Query("SELECT COUNT(*) FROM Citations WHERE ContainsPersonalData = 1"));
        Assert.Equal(["0"], Query("SELECT COUNT(*) FROM Citations WHERE IsStewardOnly = 1"));
    }

    [Fact]
    public async Task TheStewardsEditsReadBackThroughGraphQL()
    {
        await using var host = new ApiFactory(_database.ConnectionString);
        var client = host.CreateClient();

        var data = await QueryAsync(client, $$"""
            {
              project: node(id: "{{EditedProjectId}}") {
                ... on Project {
                  title description objectives municipalityCount version
                  funding(first: 10) { nodes { amount currency purpose funder { name altNames countryCode } } }
                }
              }
              deleted: node(id: "{{DeletedOrganisationId}}") { id }
            }
            """);

        var project = data["project"]!;
        Assert.Equal("Junk collectors and the municipality: waste management (steward edit)", (string?)project["title"]);
        Assert.Equal("Edited by a steward before the platform upgrade.", (string?)project["description"]);
        Assert.Equal(["Formalise waste pickers", "Support vulnerable groups"], project["objectives"]!.AsArray().Select(o => (string?)o));
        Assert.Equal(3, (int?)project["municipalityCount"]);
        Assert.Equal(2, (long?)project["version"]);
        var grant = Assert.Single(project["funding"]!["nodes"]!.AsArray(), f => (string?)f!["purpose"] == "Fixture grant")!;
        Assert.Equal("12345.6789", grant["amount"]!.ToString());
        Assert.Equal("EUR", (string?)grant["currency"]);
        Assert.Equal("Cooperativa Fixture Ñandú", (string?)grant["funder"]!["name"]);
        Assert.Equal("PE", (string?)grant["funder"]!["countryCode"]);
        Assert.Null(data["deleted"]);
    }

    [Fact]
    public async Task TheStewardCreatedBeforeTheUpgradeStillSignsIn()
    {
        await using var host = new ApiFactory(_database.ConnectionString);
        var client = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var signIn = await AdminHost.SignInAsync(client, "steward@example.org", FixturePassword);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/admin", signIn.Headers.Location?.OriginalString);
    }

    private static async Task<JsonNode> QueryAsync(HttpClient client, string query)
    {
        var response = await client.PostAsJsonAsync("/graphql", new { query });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Null(body["errors"]);
        return body["data"]!;
    }

    /// <summary>Reads the file with plain SQLite, independently of EF Core: every table's row count, the audit trail, the migration history.</summary>
    private DatabaseContents ReadTables()
    {
        using var connection = new SqliteConnection(_database.ConnectionString + ";Pooling=False");
        connection.Open();
        var tables = Column(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
        var counts = tables.ToDictionary(t => t, t => Column(connection, $"SELECT COUNT(*) FROM \"{t}\"").Single());
        var audit = Column(connection, "SELECT Id || '|' || Timestamp || '|' || Actor || '|' || EntityType || '|' || EntityId || '|' || Action || '|' || COALESCE(Before, '') || '|' || COALESCE(After, '') || '|' || Outcome FROM AuditEntries ORDER BY Id");
        var migrations = Column(connection, "SELECT MigrationId || ' ' || ProductVersion FROM __EFMigrationsHistory ORDER BY MigrationId")
            .Select(row => row.Split(' ')).Select(parts => (Id: parts[0], ProductVersion: parts[1])).ToList();
        return new DatabaseContents(counts, audit, migrations);
    }

    private List<string> Query(string sql)
    {
        using var connection = new SqliteConnection(_database.ConnectionString + ";Pooling=False");
        connection.Open();
        return Column(connection, sql);
    }

    private static List<string> Column(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }

    private sealed record DatabaseContents(Dictionary<string, string> Counts, List<string> Audit, List<(string Id, string ProductVersion)> Migrations);
}
