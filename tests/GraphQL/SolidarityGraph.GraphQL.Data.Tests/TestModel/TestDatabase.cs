using Microsoft.EntityFrameworkCore;

using SolidarityGraph.Testing;

namespace SolidarityGraph.GraphQL.Data.Tests.TestModel;

/// <summary>
/// A seeded SQLite database in a temp file, shared by the tests of one class (read-only after seeding).
/// Every query the tests run goes through EF Core to real SQLite.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"sg-data-{Guid.NewGuid():N}.db");

    public TestDatabase()
    {
        using var db = CreateContext();
        db.Database.EnsureCreated();
        db.AddRange(Seed.Organisations());
        db.SaveChanges();
        Recorder.Clear();
    }

    public SqlRecorder Recorder { get; } = new();

    public TestDb CreateContext()
    {
        var options = new DbContextOptionsBuilder<TestDb>()
            .UseSqlite($"Data Source={_path}")
            .AddInterceptors(Recorder)
            .Options;
        return new TestDb(options);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}
