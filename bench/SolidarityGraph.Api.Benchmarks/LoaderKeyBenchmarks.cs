using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Memory;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Seed;

namespace SolidarityGraph.Api.Benchmarks;

/// <summary>
/// How a DataLoader batch's keys reach SQLite: <c>IN (@keys1, @keys2, …)</c> (EF Core 10's default, one SQL text and
/// one compiled query per batch size) or one <c>json_each(@keys)</c> parameter (one text for every size). A sweep is
/// fifty batches of 1 to 50 keys, the spread a real request mix gives; <c>Cold</c> starts each sweep with an empty
/// query cache, so it includes the translation of every SQL text the mode needs.
/// </summary>
[MemoryDiagnoser]
public class LoaderKeyBenchmarks
{
    private string _folder = "";
    private string _connectionString = "";
    private string[] _projectIds = [];
    private string[] _organisationIds = [];
    private DbContextOptions<SolidarityGraphDbContext>? _options;

    [Params(ParameterTranslationMode.MultipleParameters, ParameterTranslationMode.Parameter)]
    public ParameterTranslationMode Mode { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "sg-loader-bench-" + Guid.NewGuid().ToString("N"));
        _connectionString = $"Data Source={Path.Combine(_folder, "solidaritygraph.db")}";
        DatabaseInitializer.InitializeAsync(_connectionString).GetAwaiter().GetResult();
        using (var db = DatabaseInitializer.CreateContext(_connectionString))
        {
            SeedLoader.LoadEmbeddedAsync(db).GetAwaiter().GetResult();
            _projectIds = db.Projects.Select(p => p.Id).OrderBy(id => id).ToArray();
            _organisationIds = db.Organisations.Select(o => o.Id).OrderBy(id => id).ToArray();
        }

        _options = Options(new MemoryCache(new MemoryCacheOptions()));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>A sweep with every SQL text already translated: what a long-running server pays per batch.</summary>
    [Benchmark]
    public Task<int> Warm() => SweepAsync(_options!);

    /// <summary>A sweep on an empty query cache: what the first requests after a start pay.</summary>
    [Benchmark]
    public Task<int> Cold() => SweepAsync(Options(new MemoryCache(new MemoryCacheOptions())));

    private async Task<int> SweepAsync(DbContextOptions<SolidarityGraphDbContext> options)
    {
        var rows = 0;
        await using var db = new SolidarityGraphDbContext(options);
        for (var size = 1; size <= 50; size++)
        {
            var projects = Keys(_projectIds, size);
            var organisations = Keys(_organisationIds, size);
            rows += (await db.Fundings.AsNoTracking().Where(f => projects.Contains(f.ProjectId!)).OrderBy(f => f.Id).ToListAsync()).Count;
            rows += (await db.Organisations.AsNoTracking().Where(o => organisations.Contains(o.Id)).ToListAsync()).Count;
        }

        return rows;
    }

    /// <summary><paramref name="size"/> distinct keys: the seeded ids first, then ids no row has.</summary>
    private static IReadOnlyList<string> Keys(string[] ids, int size) =>
        Enumerable.Range(0, size).Select(i => i < ids.Length ? ids[i] : "00000000000000000000000" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    private DbContextOptions<SolidarityGraphDbContext> Options(IMemoryCache cache) =>
        new DbContextOptionsBuilder<SolidarityGraphDbContext>()
            .UseSqlite(_connectionString, sqlite => sqlite.UseParameterizedCollectionMode(Mode))
            .UseMemoryCache(cache)
            // Cold sweeps build a context service provider each (their own query cache), on purpose.
            .ConfigureWarnings(warnings => warnings.Ignore(CoreEventId.ManyServiceProvidersCreatedWarning))
            .Options;
}
