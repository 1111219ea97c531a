using System.Net.WebSockets;
using System.Text.Json;
using SolidarityGraph.GraphQL.AspNetCore.Tests.TestServer;
using SolidarityGraph.Testing;
using Xunit.Abstractions;
using static SolidarityGraph.GraphQL.AspNetCore.Tests.TestServer.ResponseAssertions;

namespace SolidarityGraph.GraphQL.AspNetCore.Tests.Http;

/// <summary>
/// Subscriptions are not served: a WebSocket upgrade or a Server-Sent Events request on <c>/graphql</c> gets an
/// explicit refusal with <c>GRAPHQL_SUBSCRIPTIONS_NOT_SUPPORTED</c>, not a 400 about a missing <c>query</c>.
/// </summary>
public sealed class SubscriptionRefusalTests(ServerFixture fixture, ITestOutputHelper output) : IClassFixture<ServerFixture>
{
    private const string Code = "GRAPHQL_SUBSCRIPTIONS_NOT_SUPPORTED";

    private Uri WebSocketEndpoint => new UriBuilder(fixture.Server.GraphQLEndpoint) { Scheme = "ws" }.Uri;

    [Theory]
    [InlineData("graphql-transport-ws")]
    [InlineData("graphql-ws")]
    public async Task AWebSocketIsAcceptedWithTheOfferedSubprotocolAndClosedWith4400AndTheCode(string subprotocol)
    {
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(subprotocol);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await socket.ConnectAsync(WebSocketEndpoint, timeout.Token);
        Assert.Equal(subprotocol, socket.SubProtocol);

        var received = await socket.ReceiveAsync(new byte[256], timeout.Token);

        Assert.Equal(WebSocketMessageType.Close, received.MessageType);
        Assert.Equal(4400, (int)received.CloseStatus!);
        Assert.StartsWith(Code + ": subscriptions are not served", received.CloseStatusDescription, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWebSocketWithoutAGraphQLSubprotocolIsRefusedTheSameWay()
    {
        using var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await socket.ConnectAsync(WebSocketEndpoint, timeout.Token);
        Assert.Null(socket.SubProtocol);

        var received = await socket.ReceiveAsync(new byte[256], timeout.Token);
        Assert.Equal(4400, (int)received.CloseStatus!);
        Assert.Contains(Code, received.CloseStatusDescription, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("GET")]
    public async Task AnEventStreamRequestGets406WithTheCode(string method)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), "graphql?query=subscription%7Bx%7D");
        if (method == "POST")
        {
            request.Content = new StringContent("{\"query\":\"subscription { x }\"}", System.Text.Encoding.UTF8, "application/json");
        }

        request.Headers.TryAddWithoutValidation("Accept", "text/event-stream");
        var body = await ExpectAsync(await fixture.Server.Client.SendAsync(request), 406, "application/json");

        Assert.Equal(Code, RequestErrorCode(body));
        Assert.Contains("text/event-stream", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AClientThatAlsoAcceptsJsonGetsJson()
    {
        var body = await ExpectAsync(await fixture.Server.PostAsync("{ hello }", "text/event-stream, application/json"), 200, "application/json");
        Assert.Equal("Hello, world!", body.GetProperty("data").GetProperty("hello").GetString());
    }

    /// <summary>
    /// The acceptance: the npm graphql-ws client (and a bare ws socket) against this Kestrel server surface the
    /// explicit reason, not "Unexpected server response: 400".
    /// </summary>
    [Fact]
    public async Task TheGraphQLWsClientShowsTheExplicitMessage()
    {
        var unavailable = ConformanceNode.Unavailable();
        if (!Prerequisite.Require(unavailable is null, unavailable ?? string.Empty, output))
        {
            return;
        }

        var run = await ProcessRunner.RunAsync(
            "node", ["subscribe-ws.mjs", WebSocketEndpoint.ToString()], ConformanceNode.Folder, timeout: TimeSpan.FromMinutes(1));
        output.WriteLine(run.Output + run.Error);
        Assert.True(run.Succeeded, run.FailureMessage);

        using var seen = JsonDocument.Parse(run.Output.Trim().Split('\n')[^1]);
        var client = seen.RootElement.GetProperty("graphqlWs");
        Assert.Equal(4400, client.GetProperty("code").GetInt32());
        Assert.StartsWith(Code + ":", client.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains(Code, client.GetProperty("message").GetString(), StringComparison.Ordinal);

        var socket = seen.RootElement.GetProperty("ws");
        Assert.Equal("graphql-transport-ws", socket.GetProperty("protocol").GetString());
        Assert.Equal(4400, socket.GetProperty("code").GetInt32());
        Assert.StartsWith(Code + ":", socket.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }
}
