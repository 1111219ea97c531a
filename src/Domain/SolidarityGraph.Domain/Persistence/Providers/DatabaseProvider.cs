namespace SolidarityGraph.Domain.Persistence.Providers;

/// <summary>The database engine behind both contexts (configuration <c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file: the default, nothing else to install.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server that several API instances share.</summary>
    Postgres,
}

/// <summary>Parsing and naming of <see cref="DatabaseProvider"/>.</summary>
public static class DatabaseProviders
{
    /// <summary>Accepted configuration values, for error messages.</summary>
    public const string Accepted = "Sqlite (default) or Postgres";

    /// <summary>Parses a configuration value (case-insensitive; <c>PostgreSQL</c> is accepted too); empty means SQLite.</summary>
    public static DatabaseProvider Parse(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        null or "" or "SQLITE" => DatabaseProvider.Sqlite,
        "POSTGRES" or "POSTGRESQL" or "NPGSQL" => DatabaseProvider.Postgres,
        _ => throw new ArgumentException($"Database:Provider '{value}' is not supported; use {Accepted}.", nameof(value)),
    };

    /// <summary>The provider of an EF Core context's options (by the provider's name).</summary>
    public static DatabaseProvider Of(Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL" ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
    }
}
