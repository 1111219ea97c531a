using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using SolidarityGraph.Domain.Persistence.Providers;

namespace SolidarityGraph.Domain.Persistence;

/// <summary>
/// Configures, creates, migrates and tunes the database (SQLite or PostgreSQL); the host calls this once at start-up
/// (and the CLI's <c>migrate</c> verb).
/// </summary>
public static class DatabaseInitializer
{
    /// <summary>The database file, relative to the working directory, used when nothing else is configured.</summary>
    public const string DefaultConnectionString = "Data Source=data/solidaritygraph.db";

    /// <summary>Configures EF Core for SolidarityGraph's SQLite database.</summary>
    public static DbContextOptionsBuilder UseSolidarityGraphSqlite(this DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseSqlite(connectionString, sqlite => sqlite
                .MigrationsAssembly(typeof(SolidarityGraphDbContext).Assembly.GetName().Name)
                // A batch's keys as one json_each(@keys) parameter: one SQL text and one compiled query for every batch size,
                // where IN (@keys1, …) makes one per size. Measured with LoaderKeyBenchmarks (bench/SolidarityGraph.Api.Benchmarks).
                .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
            .AddInterceptors(SqliteConnectionSetup.Instance) // settings per physical connection (temp_store)
            .ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
    }

    /// <summary>
    /// Configures EF Core for SolidarityGraph's PostgreSQL database. A batch's keys are one array parameter
    /// (<c>= ANY (@keys)</c>), Npgsql's default and the counterpart of SQLite's <c>json_each(@keys)</c>.
    /// </summary>
    public static DbContextOptionsBuilder UseSolidarityGraphPostgres(this DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseNpgsql(connectionString, npgsql => npgsql
                .MigrationsAssembly(typeof(SolidarityGraphDbContext).Assembly.GetName().Name)
                .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
            .ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
    }

    /// <summary>Configures EF Core for the provider and database in <paramref name="settings"/>.</summary>
    public static DbContextOptionsBuilder UseSolidarityGraph(this DbContextOptionsBuilder builder, DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Provider == DatabaseProvider.Postgres
            ? builder.UseSolidarityGraphPostgres(settings.ConnectionString)
            : builder.UseSolidarityGraphSqlite(settings.ConnectionString);
    }

    /// <summary>Options for a context over the SQLite <paramref name="connectionString"/>.</summary>
    public static DbContextOptions<SolidarityGraphDbContext> CreateOptions(string connectionString = DefaultConnectionString) =>
        CreateOptions(new DatabaseSettings(DatabaseProvider.Sqlite, connectionString));

    /// <summary>Options for a context over the database in <paramref name="settings"/>.</summary>
    public static DbContextOptions<SolidarityGraphDbContext> CreateOptions(DatabaseSettings settings) =>
        ((DbContextOptionsBuilder<SolidarityGraphDbContext>)new DbContextOptionsBuilder<SolidarityGraphDbContext>()
            .UseSolidarityGraph(settings)).Options;

    /// <summary>A new context over the SQLite <paramref name="connectionString"/>; the caller disposes it.</summary>
    public static SolidarityGraphDbContext CreateContext(string connectionString = DefaultConnectionString) =>
        new(CreateOptions(connectionString));

    /// <summary>A new context over the database in <paramref name="settings"/>; the caller disposes it.</summary>
    public static SolidarityGraphDbContext CreateContext(DatabaseSettings settings) => new(CreateOptions(settings));

    /// <summary>
    /// Runs <paramref name="action"/> (migrations, then the first seed) so that several instances starting together
    /// do it one after the other: on PostgreSQL under a server-wide advisory lock (the database is created first if
    /// missing); SQLite is one file of one machine, where EF Core's own migration lock suffices.
    /// </summary>
    public static Task<T> RunExclusiveAsync<T>(DatabaseSettings settings, Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(action);
        return settings.Provider == DatabaseProvider.Postgres
            ? PostgresDatabase.WithMigrationLockAsync(settings.ConnectionString, action, cancellationToken)
            : action(cancellationToken);
    }

    /// <summary>Creates (if needed) and migrates the database in <paramref name="settings"/>; see <see cref="InitializeAsync(SolidarityGraphDbContext, CancellationToken)"/>.</summary>
    public static async Task<string> InitializeAsync(DatabaseSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            return await InitializeAsync(settings.ConnectionString, cancellationToken).ConfigureAwait(false);
        }

        await using var context = CreateContext(settings);
        return await RunExclusiveAsync(settings, ct => InitializeAsync(context, ct), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Creates the database folder if needed, applies pending migrations and switches the file to write-ahead
    /// logging (readers no longer block the writer). Returns the journal mode SQLite reports, <c>wal</c> for a file.
    /// </summary>
    public static async Task<string> InitializeAsync(string connectionString = DefaultConnectionString, CancellationToken cancellationToken = default)
    {
        EnsureDirectory(connectionString);
        await using var context = CreateContext(connectionString);
        return await InitializeAsync(context, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// As <see cref="InitializeAsync(string, CancellationToken)"/>, with an existing context (e.g. from DI). On
    /// PostgreSQL it migrates only (the caller holds <see cref="RunExclusiveAsync"/>) and returns <c>postgres</c>.
    /// </summary>
    public static async Task<string> InitializeAsync(SolidarityGraphDbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (DatabaseProviders.Of(context.Database) == DatabaseProvider.Postgres)
        {
            await context.Database.ApplyMigrationsAsync(cancellationToken).ConfigureAwait(false);
            return "postgres";
        }

        EnsureDirectory(context.Database.GetConnectionString() ?? DefaultConnectionString);
        await context.Database.ApplyMigrationsAsync(cancellationToken).ConfigureAwait(false);
        return await SetJournalModeAsync(context, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Returns the database file's journal mode (e.g. <c>wal</c>).</summary>
    public static Task<string> GetJournalModeAsync(SolidarityGraphDbContext context, CancellationToken cancellationToken = default) =>
        ScalarAsync(context, "PRAGMA journal_mode;", cancellationToken);

    private static Task<string> SetJournalModeAsync(SolidarityGraphDbContext context, CancellationToken cancellationToken) =>
        ScalarAsync(context, "PRAGMA journal_mode=WAL;", cancellationToken);

    private static async Task<string> ScalarAsync(SolidarityGraphDbContext context, string sql, CancellationToken cancellationToken)
    {
        var connection = context.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false),
                System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync().ConfigureAwait(false);
            }
        }
    }

    private static void EnsureDirectory(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return; // in-memory or URI data sources have no folder for us to create
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }
}
