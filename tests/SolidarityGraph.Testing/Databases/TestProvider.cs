namespace SolidarityGraph.Testing.Databases;

/// <summary>
/// The database engine of this test run: <c>SG_TEST_DATABASE=Postgres</c> runs the provider-aware suites on a
/// throwaway PostgreSQL (<see cref="PostgresServer"/>); unset or <c>Sqlite</c> runs them on SQLite files.
/// </summary>
public static class TestProvider
{
    /// <summary>The environment variable that selects the engine.</summary>
    public const string Variable = "SG_TEST_DATABASE";

    /// <summary>The configuration value for <c>Database:Provider</c>: <c>Sqlite</c> or <c>Postgres</c>.</summary>
    public static string Name { get; } = Read();

    /// <summary>True when this run targets PostgreSQL.</summary>
    public static bool IsPostgres => Name == "Postgres";

    private static string Read()
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        return value?.Trim().ToUpperInvariant() switch
        {
            null or "" or "SQLITE" => "Sqlite",
            "POSTGRES" or "POSTGRESQL" => "Postgres",
            _ => throw new InvalidOperationException($"{Variable}='{value}' is not supported; use Sqlite or Postgres."),
        };
    }
}
