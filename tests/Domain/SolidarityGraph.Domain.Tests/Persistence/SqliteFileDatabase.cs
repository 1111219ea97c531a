using Microsoft.Data.Sqlite;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Domain.Tests.Persistence;

/// <summary>
/// A real SQLite database file in its own temporary folder, migrated once per test class and deleted afterwards.
/// Each call to <see cref="CreateContext"/> opens an independent context (like two concurrent requests).
/// </summary>
public sealed class SqliteFileDatabase : IAsyncLifetime
{
    public SqliteFileDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "sg-domain-tests-" + Guid.NewGuid().ToString("N"));
        FilePath = Path.Combine(Folder, "data", "solidaritygraph.db");
        ConnectionString = $"Data Source={FilePath}";
    }

    public string Folder { get; }

    public string FilePath { get; }

    public string ConnectionString { get; }

    public string JournalMode { get; private set; } = string.Empty;

    public SolidarityGraphDbContext CreateContext(string actor = "test") =>
        new(DatabaseInitializer.CreateOptions(ConnectionString)) { Actor = actor };

    public async Task InitializeAsync() => JournalMode = await DatabaseInitializer.InitializeAsync(ConnectionString);

    public Task DisposeAsync()
    {
        // Pooled connections keep the file open; release them so the folder can be deleted.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }

        return Task.CompletedTask;
    }
}
