using Microsoft.Data.Sqlite;

namespace SolidarityGraph.Domain.Persistence.Providers;

/// <summary>Which engine and which database: configuration <c>Database:Provider</c> and <c>ConnectionStrings:SolidarityGraph</c>.</summary>
/// <param name="Provider">The engine.</param>
/// <param name="ConnectionString">The provider's connection string.</param>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>The default: the SQLite file <c>data/solidaritygraph.db</c> relative to the working directory.</summary>
    public static DatabaseSettings Default { get; } = new(DatabaseProvider.Sqlite, DatabaseInitializer.DefaultConnectionString);

    /// <summary>
    /// Settings from configuration values: an empty provider means SQLite, whose connection string defaults to
    /// <see cref="DatabaseInitializer.DefaultConnectionString"/>; PostgreSQL has no default and fails with a clear message.
    /// </summary>
    public static DatabaseSettings From(string? provider, string? connectionString)
    {
        var parsed = DatabaseProviders.Parse(provider);
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new(parsed, connectionString);
        }

        return parsed == DatabaseProvider.Sqlite
            ? Default
            : throw new ArgumentException(
                "Database:Provider is Postgres but ConnectionStrings:SolidarityGraph is empty; set it, e.g. " +
                "\"Host=db.example.org;Database=solidaritygraph;Username=sg;Password=…\".", nameof(connectionString));
    }

    /// <summary>
    /// The folder <paramref name="name"/> beside the SQLite database file, so that what an installation keeps next to
    /// its data (partner-access keys, uploaded trusted documents) moves and is backed up with it.
    /// </summary>
    /// <exception cref="InvalidOperationException">The provider is not SQLite: a server database has no file to stand beside.</exception>
    public string FolderBesideDatabase(string name)
    {
        if (Provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException($"The '{name}' folder goes beside the SQLite database file; with Database:Provider={Provider} there is no such file, so configure the folder explicitly.");
        }

        var file = Path.GetFullPath(new SqliteConnectionStringBuilder(ConnectionString).DataSource);
        return Path.Combine(Path.GetDirectoryName(file) ?? ".", name);
    }
}
