using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Domain.Classifications;
using SolidarityGraph.Domain.Fundings;
using SolidarityGraph.Domain.Sources;
using SolidarityGraph.Domain.Seed;
using SolidarityGraph.Domain.Tests.Persistence;

namespace SolidarityGraph.Domain.Tests.Seed;

/// <summary>The full seed dataset loaded into a real SQLite file (DOMAIN.md §5, §5.9).</summary>
public sealed class SeedLoaderTests : IAsyncLifetime
{
    /// <summary>People named only in page furniture (S0's "Últimas noticias" teaser): never imported (DOMAIN.md §5.1).</summary>
    private static readonly string[] FurniturePersonNames = ["Maricel Sandoval Solarte", "Maricel", "Sandoval Solarte"];

    private readonly SqliteFileDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task LoadsEveryRecordOfTheSeedFile()
    {
        await using var db = _database.CreateContext();
        var summary = await SeedLoader.LoadEmbeddedAsync(db);
        var counts = await EntityCounts.CountAsync(db);

        Assert.Equal(0, summary.Unchanged);
        Assert.Equal(summary.Inserted, counts.Where(c => c.Key != "auditEntries").Sum(c => c.Value));
        foreach (var (set, records) in RecordsPerSetInSeedFile())
        {
            Assert.True(counts[set] == records, $"{set}: {counts[set]} rows, {records} records in seed.json");
        }
    }

    [Fact]
    public async Task HoldsTheDatasetThatDomainSection5Plans()
    {
        await using var db = _database.CreateContext();
        await SeedLoader.LoadEmbeddedAsync(db);
        var counts = await EntityCounts.CountAsync(db);

        Assert.Equal(5, counts["sources"]);
        Assert.Equal(28, counts["organisations"]); // O1–O28
        Assert.Equal(7, counts["projects"]);       // P1–P7 (P4 as the GSEF series wrapper)
        Assert.Equal(4, counts["publicContacts"]); // C1–C4
        Assert.Equal(3, counts["fundings"]);       // F1–F3
        Assert.Equal(1, counts["budgets"]);        // B1
        Assert.Equal(0, counts["entrepreneurs"]);  // §5.4: the seeds name no individual beneficiaries
        Assert.Equal(1, counts["campaigns"]);      // K1
        Assert.Equal(5, counts["trainings"]);      // T1–T5
    }

    [Fact]
    public async Task SetecFundingHasItsAmountAndADerivedShareOfTheBudget()
    {
        await using (var load = _database.CreateContext())
        {
            await SeedLoader.LoadEmbeddedAsync(load);
        }

        await using var db = _database.CreateContext();
        var setec = await db.Organisations.SingleAsync(o => o.Name == "setec Foundation");
        var funding = await db.Fundings.SingleAsync(f => f.FunderId == setec.Id);
        var budget = await db.Budgets.SingleAsync(b => b.ProjectId == funding.ProjectId);

        Assert.Equal(16322.00m, funding.Amount);
        Assert.Equal("EUR", funding.Currency);
        Assert.Equal(69966.00m, budget.Value.Amount);
        Assert.Equal("EUR", budget.Value.Currency);
        Assert.Equal(0.2333m, funding.Share);
        Assert.Equal(AssertionKind.Derived, funding.ShareAssertion);
        Assert.Equal(FundingInstrument.Contribution, funding.Instrument);
        Assert.Equal("Transition 2024 Fund", funding.Programme);

        var citations = await db.Citations.Where(c => c.Subject.Id == funding.Id).ToListAsync();
        Assert.Contains(citations, c => c.Assertion == AssertionKind.Derived && c.Supports.Contains("share") && c.Rationale != null);
        Assert.Contains(citations, c => c.Assertion == AssertionKind.Stated && c.Supports.Contains("amount")
            && c.Quote == "The setec Foundation is supporting the project with a contribution of 16,322 euros");
    }

    [Fact]
    public async Task UnknownAmountsStayNullNeverZero()
    {
        await using var db = _database.CreateContext();
        await SeedLoader.LoadEmbeddedAsync(db);

        var unknown = await db.Fundings.Where(f => f.Amount == null).ToListAsync();

        Assert.Equal(2, unknown.Count); // F1 Generalitat Valenciana, F2 ACCD
        Assert.All(unknown, f => Assert.Null(f.Currency));
        Assert.All(unknown, f => Assert.Null(f.Share));
    }

    [Fact]
    public async Task CuratedClassificationsAreMarkedCuratedWithCuratorAndRationale()
    {
        await using var db = _database.CreateContext();
        await SeedLoader.LoadEmbeddedAsync(db);

        var classifications = await db.Classifications.ToListAsync();
        var curated = classifications.Where(c => c.Scheme != ClassificationScheme.GsefTopic).ToList();

        Assert.Equal(55, curated.Count); // DOMAIN.md §5.8 table
        Assert.All(curated, c => Assert.Equal(AssertionKind.Curated, c.Assertion));
        Assert.All(curated, c => Assert.False(string.IsNullOrWhiteSpace(c.Curator)));
        Assert.All(curated, c => Assert.False(string.IsNullOrWhiteSpace(c.Rationale)));
        Assert.Contains(curated, c => c.Scheme == ClassificationScheme.Dac5 && c.Code == "43030");
        Assert.Equal(3, classifications.Count(c => c.Scheme == ClassificationScheme.GsefTopic && c.Assertion == AssertionKind.Stated));

        var curatedCitationIds = await db.Citations.Where(c => c.Subject.Kind == SolidarityGraph.Domain.Common.NodeKind.Classification).Select(c => c.Assertion).Distinct().ToListAsync();
        Assert.Contains(AssertionKind.Curated, curatedCitationIds);
    }

    [Fact]
    public async Task ImportsNoPrivatePersonFromPageFurniture()
    {
        if (SeedDocuments.Available(new NullOutput()))
        {
            // The names must really be in the seed documents, or this test would prove nothing.
            var s0 = await File.ReadAllTextAsync(Path.Combine(SeedDocuments.Folder, "000_075f30806e0f9c55.txt"));
            Assert.All(FurniturePersonNames, name => Assert.Contains(name, s0, StringComparison.Ordinal));
        }

        await using (var db = _database.CreateContext())
        {
            await SeedLoader.LoadEmbeddedAsync(db);
        }

        var text = await AllTextInDatabaseAsync();
        Assert.True(text.Count > 1000, $"expected the seeded text values, found {text.Count}");
        foreach (var name in FurniturePersonNames)
        {
            Assert.DoesNotContain(text, value => value.Contains(name, StringComparison.OrdinalIgnoreCase));
        }

        Assert.Contains(text, value => value == "Arnaud Giron"); // a published role-holder is imported
    }

    [Fact]
    public async Task ReRunningChangesNoCounts()
    {
        await using var first = _database.CreateContext();
        var initial = await SeedLoader.LoadEmbeddedAsync(first);
        var before = await EntityCounts.CountAsync(first);

        await using var second = _database.CreateContext();
        var rerun = await SeedLoader.LoadEmbeddedAsync(second);
        var after = await EntityCounts.CountAsync(second);

        Assert.True(initial.Inserted > 0);
        Assert.Equal(0, rerun.Inserted);
        Assert.Equal(initial.Inserted, rerun.Unchanged);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task LoadsTheSameDataFromAPath()
    {
        var path = Path.Combine(SeedDocuments.RepositoryRoot, "src", "Domain", "SolidarityGraph.Domain", "Seed", "seed.json");

        await using var db = _database.CreateContext();
        var fromPath = await SeedLoader.LoadAsync(db, path);
        var embedded = await SeedLoader.LoadEmbeddedAsync(db);

        Assert.Equal("seed.json", fromPath.File);
        Assert.Equal(fromPath.Inserted, embedded.Unchanged); // the embedded copy is the same data
        Assert.Equal(0, embedded.Inserted);
    }

    private static IEnumerable<(string Set, int Records)> RecordsPerSetInSeedFile()
    {
        using var stream = typeof(SeedLoader).Assembly.GetManifestResourceStream("SolidarityGraph.Domain.Seed.seed.json")!;
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        var sets = new Dictionary<string, int>();
        foreach (var property in root.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array))
        {
            sets[property.Name] = property.Value.GetArrayLength();
        }

        sets["indicatorValues"] = root.GetProperty("indicators").EnumerateArray().Sum(i => i.GetProperty("values").GetArrayLength());
        return sets.Select(s => (s.Key, s.Value));
    }

    private async Task<List<string>> AllTextInDatabaseAsync()
    {
        var values = new List<string>();
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (!reader.IsDBNull(i) && reader.GetValue(i) is string text)
                    {
                        values.Add(text);
                    }
                }
            }
        }

        return values;
    }

    private sealed class NullOutput : Xunit.Abstractions.ITestOutputHelper
    {
        public void WriteLine(string message)
        {
        }

        public void WriteLine(string format, params object[] args)
        {
        }
    }
}
