using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Auth;
using SolidarityGraph.Api.Cli;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Persistence.Providers;
using SolidarityGraph.Testing.Databases;

namespace SolidarityGraph.Api.Tests.Cli;

/// <summary>
/// <c>copy-to</c>: a database created and seeded by the SQLite default, with an administrator, copied into an empty
/// PostgreSQL database; every table's count and a sample of values (texts, versions, money, timestamps to the
/// microsecond, PostgreSQL's precision, the audit trail, the password hash) compared on both sides.
/// </summary>
[Collection(nameof(EnvironmentVariableCollection))]
public sealed class CopyToCommandTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sg-copy-to-" + Guid.NewGuid().ToString("N"));
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();
    private PostgresServer _server = null!;
    private string _target = string.Empty;

    private DatabaseSettings Source => new(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_folder, "data", "solidaritygraph.db")}");

    private string[] SourceSwitches => ["--Database:Provider=Sqlite", $"--ConnectionStrings:SolidarityGraph={Source.ConnectionString}"];

    public async Task InitializeAsync()
    {
        _server = await PostgresServer.SharedAsync();
        _target = _server.NewDatabaseName("sg_copy");
        Assert.Equal(0, await CommandLine.TryRunAsync(["seed", .. SourceSwitches], _output, _error));
        Environment.SetEnvironmentVariable(CreateAdminCommand.PasswordVariable, "Copied-Admin-Pass-1");
        Assert.Equal(0, await CommandLine.TryRunAsync(["create-admin", "--email", "copied@example.org", .. SourceSwitches], _output, _error));
    }

    [Fact]
    public async Task CopiesEveryTableWithItsValues()
    {
        var exitCode = await CommandLine.TryRunAsync(["copy-to", "--provider", "Postgres", "--connection", _target, .. SourceSwitches], _output, _error);

        Assert.True(exitCode == 0, _error.ToString());
        var target = new DatabaseSettings(DatabaseProvider.Postgres, _target);
        await using var sourceDb = DatabaseInitializer.CreateContext(Source);
        await using var targetDb = DatabaseInitializer.CreateContext(target);
        await using var sourceIdentity = Identity(Source);
        await using var targetIdentity = Identity(target);
        var sourceCounts = (await DatabaseCopy.CountAsync(sourceDb)).Concat(await DatabaseCopy.CountAsync(sourceIdentity)).ToList();
        Assert.Equal(sourceCounts, (await DatabaseCopy.CountAsync(targetDb)).Concat(await DatabaseCopy.CountAsync(targetIdentity)));
        Assert.Contains(sourceCounts, c => c.Table == "Projects" && c.Rows > 0);
        Assert.Contains(sourceCounts, c => c.Table == "AuditEntries" && c.Rows > 0);
        Assert.Contains(sourceCounts, c => c.Table == "AspNetUsers" && c.Rows == 1);
        Assert.Contains("Projects", _output.ToString(), StringComparison.Ordinal);

        Assert.Equal(await ProjectsAsync(sourceDb), await ProjectsAsync(targetDb));
        Assert.Equal(await FundingsAsync(sourceDb), await FundingsAsync(targetDb));
        Assert.Equal(await AuditAsync(sourceDb), await AuditAsync(targetDb));
        Assert.Equal(
            await sourceIdentity.Users.Select(u => new { u.Email, u.PasswordHash, u.SecurityStamp }).SingleAsync(),
            await targetIdentity.Users.Select(u => new { u.Email, u.PasswordHash, u.SecurityStamp }).SingleAsync());
    }

    [Fact]
    public async Task ATargetWithDataIsRefusedAndKeptAsItIs()
    {
        Assert.Equal(0, await CommandLine.TryRunAsync(["copy-to", "--provider", "Postgres", "--connection", _target, .. SourceSwitches], _output, _error));
        await using var targetDb = DatabaseInitializer.CreateContext(new DatabaseSettings(DatabaseProvider.Postgres, _target));
        var before = await DatabaseCopy.CountAsync(targetDb);

        var again = await CommandLine.TryRunAsync(["copy-to", "--provider", "Postgres", "--connection", _target, .. SourceSwitches], _output, _error);

        Assert.Equal(1, again);
        Assert.Contains("copy-to: the target database is not empty (", _error.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("nothing was copied." + Environment.NewLine, _error.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseCopy.CountAsync(targetDb));
    }

    [Theory]
    [InlineData(new[] { "copy-to", "--provider", "Postgres" }, "Usage: copy-to --provider <Sqlite|Postgres> --connection")]
    [InlineData(new[] { "copy-to", "--connection", "Host=x;Database=y" }, "Usage: copy-to --provider <Sqlite|Postgres> --connection")]
    [InlineData(new[] { "copy-to", "--provider", "Oracle", "--connection", "x" }, "Database:Provider 'Oracle' is not supported; use Sqlite (default) or Postgres.")]
    public async Task BadArgumentsPrintWhyAndExit2(string[] args, string message)
    {
        Assert.Equal(2, await CommandLine.TryRunAsync(args, _output, _error));
        Assert.StartsWith(message, _error.ToString(), StringComparison.Ordinal);
    }

    private static AdminIdentityDbContext Identity(DatabaseSettings settings)
    {
        var options = new DbContextOptionsBuilder<AdminIdentityDbContext>();
        AdminIdentityDbContext.Configure(options, settings);
        return new AdminIdentityDbContext(options.Options);
    }

    private static async Task<List<string>> ProjectsAsync(SolidarityGraphDbContext db) =>
        (await db.Projects.AsNoTracking().OrderBy(p => p.Id).Take(25).ToListAsync())
        .Select(p => $"{p.Id}|{p.Title}|{p.Description}|{p.Version}|{p.Status}|{p.CreatedAt:yyyy-MM-ddTHH:mm:ss.ffffff}|{p.UpdatedAt:yyyy-MM-ddTHH:mm:ss.ffffff}").ToList();

    private static async Task<List<string>> FundingsAsync(SolidarityGraphDbContext db) =>
        (await db.Fundings.AsNoTracking().OrderBy(f => f.Id).Take(25).ToListAsync())
        .Select(f => $"{f.Id}|{f.Amount}|{f.Currency}|{f.Version}").ToList();

    private static async Task<List<string>> AuditAsync(SolidarityGraphDbContext db) =>
        (await db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).Take(25).ToListAsync())
        .Select(a => $"{a.Id}|{a.Timestamp:yyyy-MM-ddTHH:mm:ss.ffffff}|{a.Actor}|{a.EntityType}|{a.EntityId}|{a.Action}|{a.Outcome}|{a.After}").ToList();

    public async Task DisposeAsync()
    {
        Environment.SetEnvironmentVariable(CreateAdminCommand.PasswordVariable, null);
        await _server.DropDatabaseAsync(_target);
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
