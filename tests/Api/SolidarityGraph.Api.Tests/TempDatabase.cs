using Microsoft.Data.Sqlite;
using SolidarityGraph.Domain.Persistence.Providers;
using SolidarityGraph.Testing.Databases;

namespace SolidarityGraph.Api.Tests;

/// <summary>
/// A database of its own for one test class, on the engine of this run (<see cref="TestProvider"/>): a SQLite file path
/// in its own temporary folder (the file itself is created by the code under test), or the name of a PostgreSQL
/// database on the run's throwaway server (created by the code under test too, and dropped afterwards).
/// </summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "sg-api-tests-" + Guid.NewGuid().ToString("N"));
        FilePath = Path.Combine(Folder, "data", "solidaritygraph.db");
        ConnectionString = TestProvider.IsPostgres
            ? PostgresServer.SharedAsync().GetAwaiter().GetResult().NewDatabaseName()
            : $"Data Source={FilePath}";
    }

    public string Folder { get; }

    /// <summary>The SQLite file (meaningless on PostgreSQL).</summary>
    public string FilePath { get; }

    public string ConnectionString { get; }

    /// <summary>Provider and connection string, as the Api reads them from configuration.</summary>
    public DatabaseSettings Settings => new(DatabaseProviders.Parse(TestProvider.Name), ConnectionString);

    public void Dispose()
    {
        if (TestProvider.IsPostgres)
        {
            PostgresServer.SharedAsync().GetAwaiter().GetResult().DropDatabaseAsync(ConnectionString).GetAwaiter().GetResult();
        }

        // Pooled connections keep the file open; release them so the folder can be deleted.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
