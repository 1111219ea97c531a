using System.Text.Json;
using SolidarityGraph.GraphQL.AspNetCore.Tests.TestServer;
using SolidarityGraph.Testing;
using Xunit.Abstractions;

namespace SolidarityGraph.GraphQL.AspNetCore.Tests.Http;

/// <summary>
/// The graphql-http 1.23.1 server audits (13 MUST, 23 SHOULD, 25 MAY) against a live server: all 61 must pass
/// (ARCHITECTURE.md §1.5, PARITY.md §7). Runs tests/conformance/audit-http.mjs with Node.
/// </summary>
public sealed class GraphQLHttpAuditTests(ServerFixture fixture, ITestOutputHelper output) : IClassFixture<ServerFixture>
{
    private const int ExpectedAudits = 61;

    [Fact]
    public async Task AllGraphQLHttpAuditsPass()
    {
        var conformance = ConformanceNode.Folder;

        // One npm ci at a time for the whole test run (the WebSocket client test installs from the same lock file).
        var unavailable = ConformanceNode.Unavailable();
        if (!Prerequisite.Require(unavailable is null, unavailable ?? string.Empty, output))
        {
            return;
        }

        var run = await ProcessRunner.RunAsync(
            "node", ["audit-http.mjs", fixture.Server.GraphQLEndpoint.ToString()], conformance, timeout: TimeSpan.FromMinutes(3));
        output.WriteLine(run.Output + run.Error);
        Assert.False(run.TimedOut, "the audit run timed out");
        var summaryLine = run.Output.Split('\n').LastOrDefault(line => line.StartsWith('{'));
        Assert.True(summaryLine is not null, $"audit-http.mjs printed no summary (exit {run.ExitCode}): {run.Error}");

        using var summary = JsonDocument.Parse(summaryLine!);
        var root = summary.RootElement;
        var failures = root.GetProperty("failures").EnumerateArray()
            .Select(f => $"[{f.GetProperty("status").GetString()}] {f.GetProperty("id").GetString()} {f.GetProperty("name").GetString()}: {f.GetProperty("reason").GetString()}")
            .ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} graphql-http audits failed:\n" + string.Join("\n", failures));
        Assert.Equal("1.23.1", root.GetProperty("version").GetString());
        Assert.Equal(ExpectedAudits, root.GetProperty("total").GetInt32());
        Assert.Equal(ExpectedAudits, root.GetProperty("passed").GetInt32());
    }
}
