using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace SolidarityGraph.Bench.Ceiling;

/// <summary>The database engine and connection the Api uses. The SQL is written once: quoted identifiers, named
/// parameters, window functions and LIMIT read the same on SQLite and PostgreSQL.</summary>
public sealed class CeilingDatabase
{
    private readonly NpgsqlDataSource? postgres;
    private readonly string connectionString;

    public CeilingDatabase(string provider, string connectionString)
    {
        Provider = provider.ToLowerInvariant() switch
        {
            "sqlite" => "sqlite",
            "postgres" => "postgres",
            _ => throw new ArgumentException($"--provider: sqlite or postgres, not '{provider}'."),
        };
        this.connectionString = connectionString;
        if (Provider == "postgres")
        {
            postgres = NpgsqlDataSource.Create(connectionString);
        }
        else
        {
            // Read-only: the ceiling never writes, and the Api (which created and seeded the file) may run beside it.
            this.connectionString = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadOnly }.ToString();
        }
    }

    public string Provider { get; }

    /// <summary><c>--provider</c> (or <c>Database:Provider</c>) and <c>--connection</c> (or <c>ConnectionStrings:SolidarityGraph</c>).</summary>
    public static CeilingDatabase FromConfiguration(IConfiguration configuration)
    {
        var provider = configuration["provider"] ?? configuration["Database:Provider"] ?? "sqlite";
        var connection = configuration["connection"] ?? configuration.GetConnectionString("SolidarityGraph")
            ?? throw new ArgumentException("--connection is missing (or ConnectionStrings__SolidarityGraph).");
        return new CeilingDatabase(provider, connection);
    }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (postgres is not null)
        {
            return await postgres.OpenConnectionAsync(cancellationToken);
        }

        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>A command with named parameters (<c>@name</c> on both engines).</summary>
    public static DbCommand Command(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
