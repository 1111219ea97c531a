using System.Diagnostics;
using SolidarityGraph.GraphQL.AspNetCore.Tests.TestServer;
using static SolidarityGraph.GraphQL.AspNetCore.Tests.TestServer.ResponseAssertions;

namespace SolidarityGraph.GraphQL.AspNetCore.Tests.Http;

/// <summary>A request running past <c>ExecutionTimeout</c> is cut off with <c>GRAPHQL_EXECUTION_TIMEOUT</c>.</summary>
public sealed class ExecutionTimeoutTests : IAsyncLifetime
{
    private GraphQLTestServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await GraphQLTestServer.StartAsync(options => options.Executor.ExecutionTimeout = TimeSpan.FromMilliseconds(500));

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("application/graphql-response+json", 504)]
    [InlineData("application/json", 200)]
    public async Task SlowRequestIsCutOffAtTheTimeout(string accept, int status)
    {
        var stopwatch = Stopwatch.StartNew();
        var body = await ExpectAsync(await _server.PostAsync("{ hello slow(ms: 20000) }", accept), status, accept);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"took {stopwatch.Elapsed}");
        Assert.Equal("GRAPHQL_EXECUTION_TIMEOUT", RequestErrorCode(body));
        Assert.Equal(
            "The request exceeded the execution timeout of 500 ms.",
            body.GetProperty("errors")[0].GetProperty("message").GetString());

        var next = await ExpectAsync(await _server.PostAsync("{ hello slow(ms: 10) }"), 200, "application/graphql-response+json");
        Assert.Equal("done", next.GetProperty("data").GetProperty("slow").GetString());
    }
}
