using Microsoft.EntityFrameworkCore;

using SolidarityGraph.Testing;
using SolidarityGraph.Testing.Databases;

namespace SolidarityGraph.GraphQL.Data.Tests.TestModel;

/// <summary>
/// A seeded database shared by the tests of one class (read-only after seeding), on the engine of this run
/// (<see cref="TestProvider"/>): a SQLite temp file, or a fresh database on the run's throwaway PostgreSQL. Every query
/// the tests run goes through EF Core to the real engine.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"sg-data-{Guid.NewGuid():N}.db");
    private readonly string? _postgres;

    public TestDatabase()
    {
        if (TestProvider.IsPostgres)
        {
            _postgres = PostgresServer.SharedAsync().GetAwaiter().GetResult().NewDatabaseName("sg_data");
        }

        using var db = CreateContext();
        db.Database.EnsureCreated();
        db.AddRange(Seed.Organisations());
        db.SaveChanges();
        Recorder.Clear();
    }

    public SqlRecorder Recorder { get; } = new();

    public TestDb CreateContext()
    {
        var builder = new DbContextOptionsBuilder<TestDb>();
        _ = _postgres is null ? builder.UseSqlite($"Data Source={_path}") : builder.UseNpgsql(_postgres);
        return new TestDb(builder.AddInterceptors(Recorder).Options);
    }

    public void Dispose()
    {
        if (_postgres is not null)
        {
            PostgresServer.SharedAsync().GetAwaiter().GetResult().DropDatabaseAsync(_postgres).GetAwaiter().GetResult();
            return;
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}
