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
}
