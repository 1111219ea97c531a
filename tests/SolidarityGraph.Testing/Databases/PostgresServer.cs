using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace SolidarityGraph.Testing.Databases;

/// <summary>
/// A throwaway PostgreSQL 15 cluster for this test run: <c>initdb</c> into a temporary folder, <c>pg_ctl start</c> on
/// a free port of 127.0.0.1, stopped and deleted when the test process exits. Every test class asks for a fresh
/// database (<see cref="CreateDatabaseAsync"/>). As root the server runs as the <c>postgres</c> user (PostgreSQL refuses
/// root), and a missing installation is installed with apt-get; elsewhere a missing installation fails with the
/// package to install.
/// </summary>
public sealed class PostgresServer
{
    /// <summary>Where Debian's postgresql-15 puts its server binaries.</summary>
    public const string BinFolder = "/usr/lib/postgresql/15/bin";

    private static readonly Lazy<Task<PostgresServer>> SharedServer = new(StartAsync);
    private readonly string _folder;
    private int _databases;

    private PostgresServer(string folder, int port)
    {
        _folder = folder;
        Port = port;
    }

    /// <summary>The TCP port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>A folder for files every instance of a test shares (e.g. token signing keys), deleted with the cluster.</summary>
    public string SharedFolder => Path.Combine(_folder, "shared");

    /// <summary>The cluster of this test process, started on first use.</summary>
    public static Task<PostgresServer> SharedAsync() => SharedServer.Value;

    /// <summary>A connection string for database <paramref name="database"/> on this server.</summary>
    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database, Timeout = 30 }.ConnectionString;

    /// <summary>The connection string of a new, empty database with a unique name.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "sg")
    {
        var name = $"{prefix}_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid().ToString("N")[..8]}";
        await ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'");
        return ConnectionString(name);
    }

    /// <summary>A connection string naming a database that does not exist yet (the code under test creates it).</summary>
    public string NewDatabaseName(string prefix = "sg") =>
        ConnectionString($"{prefix}_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid().ToString("N")[..8]}");

    /// <summary>Drops the database of <paramref name="connectionString"/>, closing its sessions; a missing one is fine.</summary>
    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<PostgresServer> StartAsync()
    {
        EnsureInstalled();
        var root = Environment.UserName == "root" || Environment.GetEnvironmentVariable("USER") == "root";
        var folder = Path.Combine(Path.GetTempPath(), "sg-postgres-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        Directory.CreateDirectory(Path.Combine(folder, "shared"));
        if (root && !OperatingSystem.IsWindows())
        {
            // The postgres user must reach the data folder: the temporary folder is ours, so open it and hand it over.
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            Check(await ProcessRunner.RunAsync("chown", ["postgres:postgres", folder]), "chown");
        }

        // C locale: byte-wise text order like SQLite's BINARY collation; no fsync: a test cluster need not survive a crash.
        Check(await AsPostgres(root, "initdb", ["-D", Path.Combine(folder, "data"), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]), "initdb");
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            var started = await AsPostgres(root, "pg_ctl", ["-D", Path.Combine(folder, "data"), "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60",
                "-o", $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300", "start"]);
            if (started.ExitCode == 0)
            {
                var server = new PostgresServer(folder, port);
                AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop(root);
                return server;
            }

            if (attempt == 3)
            {
                var log = File.Exists(Path.Combine(folder, "server.log")) ? File.ReadAllText(Path.Combine(folder, "server.log")) : "";
                throw new InvalidOperationException($"PostgreSQL did not start: {started.Error}{started.Output}\n{log}");
            }
        }
    }

    private void Stop(bool root)
    {
        AsPostgres(root, "pg_ctl", ["-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop"]).GetAwaiter().GetResult();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open; the operating system cleans the temporary folder.
        }
    }

    private static void EnsureInstalled()
    {
        if (File.Exists(Path.Combine(BinFolder, "pg_ctl")))
        {
            return;
        }

        if (Environment.UserName == "root")
        {
            ProcessRunner.Run("apt-get", ["update"], timeout: TimeSpan.FromMinutes(5));
            var install = ProcessRunner.Run("apt-get", ["install", "-y", "--no-install-recommends", "postgresql"],
                environment: new Dictionary<string, string?> { ["DEBIAN_FRONTEND"] = "noninteractive" }, timeout: TimeSpan.FromMinutes(10));
            Check(install, "apt-get install postgresql");
        }

        if (!File.Exists(Path.Combine(BinFolder, "pg_ctl")))
        {
            throw new InvalidOperationException(
                $"PostgreSQL 15 is not installed ({BinFolder}/pg_ctl is missing): install the Debian package 'postgresql'.");
        }
    }

    private static Task<ProcessResult> AsPostgres(bool root, string tool, IReadOnlyList<string> arguments) =>
        root
            ? ProcessRunner.RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(BinFolder, tool), .. arguments], timeout: TimeSpan.FromMinutes(2))
            : ProcessRunner.RunAsync(Path.Combine(BinFolder, tool), arguments, timeout: TimeSpan.FromMinutes(2));

    private static void Check(ProcessResult result, string what)
    {
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{what} failed ({result.ExitCode}): {result.Error}{result.Output}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
