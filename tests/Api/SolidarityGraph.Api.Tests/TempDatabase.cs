using Microsoft.Data.Sqlite;

namespace SolidarityGraph.Api.Tests;

/// <summary>A SQLite database file path in its own temporary folder (the file itself is created by the code under test).</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "sg-api-tests-" + Guid.NewGuid().ToString("N"));
        FilePath = Path.Combine(Folder, "data", "solidaritygraph.db");
        ConnectionString = $"Data Source={FilePath}";
    }

    public string Folder { get; }

    public string FilePath { get; }

    public string ConnectionString { get; }

    public void Dispose()
    {
        // Pooled connections keep the file open; release them so the folder can be deleted.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
