using Npgsql;

namespace SolidarityGraph.Domain.Persistence.Providers;

/// <summary>
/// What only PostgreSQL needs at start-up: the database created if missing (by the first of several instances), and
/// a session-level advisory lock so that instances starting together migrate and seed one after the other.
/// </summary>
internal static class PostgresDatabase
{
    // pg_advisory_lock takes a 64-bit key; this one is "SolidarityGraph migrate" in ASCII, folded (any constant works,
    // as long as no other application on the same server uses it).
    private const long MigrationLockKey = 0x53_47_4D_49_47_52_41_54;

    // 42P04: duplicate_database; 23505: the race between two CREATE DATABASE on pg_database's unique index.
    private static readonly string[] AlreadyExists = ["42P04", "23505"];

    /// <summary>Creates the database named in <paramref name="connectionString"/> unless it exists.</summary>
    public static async Task EnsureCreatedAsync(string connectionString, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var name = target.Database ?? throw new ArgumentException("The PostgreSQL connection string names no Database.", nameof(connectionString));
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", name);
        if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null)
        {
            return;
        }

        try
        {
            // Identifiers cannot be parameters; the name is quoted with embedded quotes doubled.
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\" TEMPLATE template0 ENCODING 'UTF8'", connection);
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException e) when (AlreadyExists.Contains(e.SqlState))
        {
            // Another instance created it between our check and our CREATE.
        }
    }

    /// <summary>Runs <paramref name="action"/> while holding the migration lock on the server of <paramref name="connectionString"/>.</summary>
    public static async Task<T> WithMigrationLockAsync<T>(string connectionString, Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(connectionString, cancellationToken).ConfigureAwait(false);
        var own = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(own.ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        // No command timeout: an instance waits as long as another one migrates and seeds (the host's stopping token
        // still cancels the wait).
        await using (var acquire = new NpgsqlCommand($"SELECT pg_advisory_lock({MigrationLockKey})", connection) { CommandTimeout = 0 })
        {
            await acquire.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            return await action(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Closing the session releases the lock too; unlocking first lets the next instance go on at once.
            await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({MigrationLockKey})", connection);
            await release.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }
}
