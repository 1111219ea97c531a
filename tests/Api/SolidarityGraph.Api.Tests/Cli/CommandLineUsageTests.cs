using System.CommandLine;
using SolidarityGraph.Api.Cli;
using Snapshooter.Xunit;

namespace SolidarityGraph.Api.Tests.Cli;

/// <summary>What the parser gives every verb: <c>--help</c>, errors for missing or unknown options (exit 2), completions.</summary>
public sealed class CommandLineUsageTests
{
    private static readonly string[] Verbs =
        ["migrate", "seed", "copy-to", "create-admin", "create-client", "rotate-client-secret", "revoke-client", "export-schema", "grow-dataset"];

    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    [Fact]
    public async Task EachVerbHasHelp()
    {
        var pages = new List<string>();
        foreach (var verb in Verbs)
        {
            _output.GetStringBuilder().Clear();
            Assert.Equal(0, await CommandLine.TryRunAsync([verb, "--help"], _output, _error));
            pages.Add(_output.ToString().Replace(RootCommand.ExecutableName, "SolidarityGraph.Api", StringComparison.Ordinal));
        }

        Assert.Equal(string.Empty, _error.ToString());
        Snapshot.Match(string.Join("----" + Environment.NewLine, pages));
    }

    [Fact]
    public async Task HelpNeedsNoRequiredOption()
    {
        Assert.Equal(0, await CommandLine.TryRunAsync(["create-admin", "-h"], _output, _error));

        Assert.Contains("--email <address> (REQUIRED)", _output.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, _error.ToString());
    }

    [Fact]
    public async Task AnUnknownOptionIsAUsageErrorWithExitCode2()
    {
        var exitCode = await CommandLine.TryRunAsync(["create-admin", "--emial", "someone@example.org"], _output, _error);

        Assert.Equal(2, exitCode);
        Assert.Equal(
            Lines(
                "Usage: create-admin --email <address>",
                "Unrecognized command or argument '--emial'.",
                "Unrecognized command or argument 'someone@example.org'.",
                "Option '--email' is required.",
                "Run 'create-admin --help' for its options."),
            _error.ToString());
        Assert.Equal(string.Empty, _output.ToString());
    }

    [Fact]
    public async Task AMissingOptionValueIsAUsageError()
    {
        Assert.Equal(2, await CommandLine.TryRunAsync(["revoke-client", "--client-id"], _output, _error));

        Assert.Equal(
            Lines("Usage: revoke-client --client-id <id>", "Required argument missing for option: '--client-id'.", "Run 'revoke-client --help' for its options."),
            _error.ToString());
    }

    [Fact]
    public async Task ABlankValueIsAUsageError()
    {
        Assert.Equal(2, await CommandLine.TryRunAsync(["create-admin", "--email", " "], _output, _error));

        Assert.Contains("Option '--email' needs a value.", _error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "grow-dataset", "--organisations", "ten", "--projects", "1", "--fundings", "1" }, "Option '--organisations' takes a whole number ≥ 0.")]
    [InlineData(new[] { "grow-dataset", "--organisations", "20", "--projects", "-1", "--fundings", "1" }, "Option '--projects' takes a whole number ≥ 0.")]
    [InlineData(new[] { "grow-dataset", "--organisations", "5", "--projects", "1", "--fundings", "1" }, "Funding and participations need at least 10 organisations (--organisations 10 or more).")]
    [InlineData(new[] { "seed", "a.json", "b.json" }, "Unrecognized command or argument 'b.json'.")]
    [InlineData(new[] { "export-schema", "a.graphql", "b.graphql" }, "Unrecognized command or argument 'b.graphql'.")]
    public async Task BadValuesAreNamedWithExitCode2(string[] args, string message)
    {
        Assert.Equal(2, await CommandLine.TryRunAsync(args, _output, _error));

        Assert.StartsWith("Usage: " + args[0], _error.ToString(), StringComparison.Ordinal);
        Assert.Contains(message + Environment.NewLine, _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ConfigurationSwitchesGoToTheHostAndTheRestToTheVerb()
    {
        var (verb, switches) = CommandHost.Split(
            ["--email", "a@example.org", "--ConnectionStrings:SolidarityGraph", "Data Source=x.db", "--Database:Provider=Sqlite", "--urls", "http://localhost:5099", "--emial"]);

        Assert.Equal(["--email", "a@example.org", "--emial"], verb);
        Assert.Equal(["--ConnectionStrings:SolidarityGraph", "Data Source=x.db", "--Database:Provider=Sqlite", "--urls", "http://localhost:5099"], switches);
    }

    [Theory]
    [InlineData("create-", "create-admin", "create-client")]
    [InlineData("create-client --", "--client-id", "--scopes")]
    public async Task CompletionsListWhatMayFollow(string line, string first, string second)
    {
        Assert.Equal(0, await CommandLine.TryRunAsync([$"[suggest:{line.Length}]", line], _output, _error));

        var completions = _output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(first, completions);
        Assert.Contains(second, completions);
    }

    private static string Lines(params string[] lines) => string.Concat(lines.Select(line => line + Environment.NewLine));
}
