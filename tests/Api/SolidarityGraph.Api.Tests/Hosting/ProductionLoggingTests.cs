using Xunit.Abstractions;

namespace SolidarityGraph.Api.Tests.Hosting;

/// <summary>
/// What the server as the README starts it logs in Production: a handful of start-up lines and nothing per request;
/// SQL statements and a one-line request log are there when configuration asks for them.
/// </summary>
public sealed class ProductionLoggingTests(ReadmeServerFixture fixture, ITestOutputHelper output) : IClassFixture<ReadmeServerFixture>
{
    private const string SqlCommandLog = "Executed DbCommand";

    [Fact]
    public async Task StartUpAndMixedTrafficLogOnlyAHandfulOfLines()
    {
        var before = fixture.Server.Lines.Count;
        var requests = await MixedTraffic.SendAsync(fixture.Server.BaseAddress, rounds: 3);
        var lines = await fixture.Server.SettledLinesAsync();
        output.WriteLine($"start-up: {fixture.StartupLines.Count} lines; {requests} requests: {lines.Count - before} lines");
        output.WriteLine(string.Join('\n', lines));

        Assert.True(requests >= 40, $"only {requests} requests were sent");
        Assert.True(fixture.StartupLines.Count <= 30, $"start-up printed {fixture.StartupLines.Count} lines");
        // Start-up plus the traffic: the first antiforgery use may add the data-protection key warnings, nothing more.
        Assert.True(lines.Count <= 40, $"start-up and {requests} requests printed {lines.Count} lines");
        Assert.DoesNotContain(lines, l => l.Contains(SqlCommandLog, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SqlStatementsAndAOneLineRequestLogAreAvailableByConfiguration()
    {
        await using var server = await ReadmeServer.StartAsync(new Dictionary<string, string?>
        {
            ["Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command"] = "Information",
            ["Logging__LogLevel__Microsoft.AspNetCore.HttpLogging"] = "Information",
        });
        Assert.Contains(server.Lines, l => l.Contains(SqlCommandLog, StringComparison.Ordinal));

        var before = (await server.SettledLinesAsync()).Count;
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        for (var i = 0; i < 5; i++)
        {
            (await client.GetAsync("/health")).Dispose();
        }

        var requestLines = (await server.SettledLinesAsync()).Skip(before)
            .Where(l => l.Contains("info: Microsoft.AspNetCore.HttpLogging", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, requestLines.Count);
        Assert.All(requestLines, l => Assert.Contains("Path: /health", l, StringComparison.Ordinal));
    }
}
