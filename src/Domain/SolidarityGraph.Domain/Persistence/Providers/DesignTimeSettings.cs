namespace SolidarityGraph.Domain.Persistence.Providers;

/// <summary>
/// The provider for <c>dotnet ef</c> (arguments after <c>--</c>): <c>--provider Postgres</c> or the default SQLite. The
/// tool never connects to generate a migration, so the PostgreSQL connection string is a placeholder.
/// </summary>
public static class DesignTimeSettings
{
    /// <summary>Placeholder connection string used only to build the PostgreSQL model.</summary>
    public const string PostgresPlaceholder = "Host=localhost;Database=solidaritygraph";

    /// <summary>Reads <c>--provider X</c> or <c>--provider=X</c> from <paramref name="args"/>.</summary>
    public static DatabaseSettings From(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? provider = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i].StartsWith("--provider=", StringComparison.OrdinalIgnoreCase))
            {
                provider = args[i]["--provider=".Length..];
            }
            else if (string.Equals(args[i], "--provider", StringComparison.OrdinalIgnoreCase) && i + 1 < args.Count)
            {
                provider = args[i + 1];
            }
        }

        return DatabaseProviders.Parse(provider) == DatabaseProvider.Postgres
            ? new DatabaseSettings(DatabaseProvider.Postgres, PostgresPlaceholder)
            : DatabaseSettings.Default;
    }
}
