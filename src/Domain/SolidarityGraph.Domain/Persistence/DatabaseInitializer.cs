using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace SolidarityGraph.Domain.Persistence;

/// <summary>Creates, migrates and tunes the SQLite database; the host calls this once at start-up (and the CLI's <c>migrate</c> verb).</summary>
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
            .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
    }

    /// <summary>Options for a context over <paramref name="connectionString"/>.</summary>
    public static DbContextOptions<SolidarityGraphDbContext> CreateOptions(string connectionString = DefaultConnectionString) =>
        ((DbContextOptionsBuilder<SolidarityGraphDbContext>)new DbContextOptionsBuilder<SolidarityGraphDbContext>()
            .UseSolidarityGraphSqlite(connectionString)).Options;

    /// <summary>A new context over <paramref name="connectionString"/>; the caller disposes it.</summary>
    public static SolidarityGraphDbContext CreateContext(string connectionString = DefaultConnectionString) =>
        new(CreateOptions(connectionString));

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

    /// <summary>As <see cref="InitializeAsync(string, CancellationToken)"/>, with an existing context (e.g. from DI).</summary>
    public static async Task<string> InitializeAsync(SolidarityGraphDbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        EnsureDirectory(context.Database.GetConnectionString() ?? DefaultConnectionString);
        await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
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
