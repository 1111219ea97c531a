using SolidarityGraph.Api.Cli;

namespace SolidarityGraph.Api.Tests.Cli;

/// <summary>The command-line verbs, run in-process against a temporary database.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public void Dispose() => _database.Dispose();

    [Theory]
    [InlineData]
    [InlineData("--urls", "http://localhost:5099")]
    [InlineData("--ConnectionStrings:SolidarityGraph=Data Source=x.db")]
    public async Task NoVerbMeansRunTheServer(params string[] args)
    {
        Assert.Null(await CommandLine.TryRunAsync(args, _output, _error));
        Assert.Equal(string.Empty, _output.ToString() + _error);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task HelpListsTheVerbsAndExitsZero(string verb)
    {
        var exitCode = await CommandLine.TryRunAsync([verb], _output, _error);

        Assert.Equal(0, exitCode);
        Assert.Contains("migrate", _output.ToString(), StringComparison.Ordinal);
        Assert.Contains("seed [file]", _output.ToString(), StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__SolidarityGraph", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownVerbIsAClearErrorWithExitCode2()
    {
        var exitCode = await CommandLine.TryRunAsync(["frobnicate"], _output, _error);

        Assert.Equal(2, exitCode);
        Assert.Equal(
            "Unknown command 'frobnicate'. Commands: migrate, seed, copy-to, create-admin, create-client, rotate-client-secret, revoke-client, export-schema, grow-dataset, help. Run without a command to start the server." + Environment.NewLine,
            _error.ToString());
    }

    [Fact]
    public async Task MigrateCreatesTheDatabaseAndExits()
    {
        var exitCode = await CommandLine.TryRunAsync(["migrate", Connection()], _output, _error);

        Assert.True(exitCode == 0, _error.ToString());
        Assert.True(File.Exists(_database.FilePath));
        Assert.Matches(@"Applied migrations: [1-9]\d* \(last: \d{14}_\w+\)", _output.ToString());
    }

    [Fact]
    public async Task MigrateTakesNoOperands()
    {
        Assert.Equal(2, await CommandLine.TryRunAsync(["migrate", "extra", Connection()], _output, _error));
        Assert.StartsWith("Usage: migrate" + Environment.NewLine + "Unrecognized command or argument 'extra'.", _error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(_database.FilePath));
    }

    [Fact]
    public async Task SeedPrintsCountsAndIsIdempotent()
    {
        var first = await CommandLine.TryRunAsync(["seed", Connection()], _output, _error);
        var firstOutput = _output.ToString();
        _output.GetStringBuilder().Clear();
        var second = await CommandLine.TryRunAsync(["seed", Connection()], _output, _error);

        Assert.True(first == 0 && second == 0, _error.ToString());
        Assert.Matches(@"Seed seed\.json: [1-9]\d* inserted, 0 already present\.", firstOutput);
        Assert.Matches(@"Seed seed\.json: 0 inserted, [1-9]\d* already present\.", _output.ToString());
        Assert.Matches(@"organisations\s+28", _output.ToString());
        Assert.Equal(CountLines(firstOutput), CountLines(_output.ToString()));
    }

    [Fact]
    public async Task SeedWithAMalformedFileFailsWithTheLoaderMessage()
    {
        var file = Path.Combine(_database.Folder, "bad-seed.json");
        Directory.CreateDirectory(_database.Folder);
        await File.WriteAllTextAsync(file, """{ "version": 1, "sources": [ { "id": "source:x" } ] }""");

        var exitCode = await CommandLine.TryRunAsync(["seed", file, Connection()], _output, _error);

        Assert.Equal(1, exitCode);
        Assert.Equal("bad-seed.json: sources[0] (id 'source:x'), field 'title': is required." + Environment.NewLine, _error.ToString());
    }

    [Fact]
    public async Task SeedWithAMissingFileIsAUsageError()
    {
        var exitCode = await CommandLine.TryRunAsync(["seed", "no-such-seed.json", Connection()], _output, _error);

        Assert.Equal(2, exitCode);
        Assert.Contains("Seed file 'no-such-seed.json' does not exist.", _error.ToString(), StringComparison.Ordinal);
    }

    private string Connection() => $"--ConnectionStrings:SolidarityGraph={_database.ConnectionString}";

    private static string[] CountLines(string output) =>
        output.Split(Environment.NewLine).Where(line => line.StartsWith("  ", StringComparison.Ordinal)).ToArray();
}
