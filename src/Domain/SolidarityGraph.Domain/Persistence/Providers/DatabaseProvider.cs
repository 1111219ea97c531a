using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

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

    // By the provider service's type: EF Core builds a provider's name from its assembly on every read, and the read
    // path asks once per loader batch.
    private static readonly ConcurrentDictionary<Type, DatabaseProvider> ByServiceType = new();

    /// <summary>Parses a configuration value (case-insensitive; <c>PostgreSQL</c> is accepted too); empty means SQLite.</summary>
    public static DatabaseProvider Parse(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        null or "" or "SQLITE" => DatabaseProvider.Sqlite,
        "POSTGRES" or "POSTGRESQL" or "NPGSQL" => DatabaseProvider.Postgres,
        _ => throw new ArgumentException($"Database:Provider '{value}' is not supported; use {Accepted}.", nameof(value)),
    };

    /// <summary>The provider of an EF Core context's options (by the provider's name).</summary>
    public static DatabaseProvider Of(DatabaseFacade database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var service = database.GetService<IDatabaseProvider>();
        return ByServiceType.GetOrAdd(
            service.GetType(),
            static (_, service) => service.Name == "Npgsql.EntityFrameworkCore.PostgreSQL" ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite,
            service);
    }
}
