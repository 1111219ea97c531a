using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using SolidarityGraph.GraphQL.AspNetCore.Tests.TestServer;
using static SolidarityGraph.GraphQL.AspNetCore.Tests.TestServer.ResponseAssertions;

namespace SolidarityGraph.GraphQL.AspNetCore.Tests.Http;

/// <summary>
/// Requests built to exhaust the server are refused or cut off with a clear error, and the server keeps answering.
/// Each test uses its own server with default limits.
/// </summary>
public sealed class HostileRequestTests : IAsyncLifetime
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private GraphQLTestServer _server = null!;

    public async Task InitializeAsync() => _server = await GraphQLTestServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task ThousandAliasesOfAnExpensiveFieldAreRefusedBeforeExecution()
    {
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 1000).Select(i => $"a{i}: expensive")) + " }";
        var body = await ExpectAsync(await _server.PostAsync(query), 400, GraphQLResponse);
        Assert.Equal("GRAPHQL_MAX_ALIASES", RequestErrorCode(body));
        Assert.Equal(0, _server.State.ExpensiveCalls);
        await AssertStillServesAsync();
    }

    [Fact]
    public async Task TenThousandDeepFragmentChainIsRefusedByTheParser()
    {
        var document = new StringBuilder("{ node { ...F0 } }\n");
        for (var i = 0; i < 10_000; i++)
        {
            document.Append($"fragment F{i} on Node {{ child {{ ...F{i + 1} }} }}\n");
        }

        document.Append("fragment F10000 on Node { id }\n");
        var body = await ExpectAsync(await _server.PostAsync(document.ToString()), 400, GraphQLResponse);
        Assert.Equal("GRAPHQL_MAX_TOKENS", RequestErrorCode(body));
        await AssertStillServesAsync();
    }

    [Fact]
    public async Task FragmentFanOutIsRefusedByTheFieldLimit()
    {
        // Each level selects child twice (the selections merge), each spreading the next level: 2^12 selections once expanded.
        var document = new StringBuilder("{ node { ...L0 } }\n");
        for (var i = 0; i < 12; i++)
        {
            document.Append($"fragment L{i} on Node {{ child {{ ...L{i + 1} }} child {{ id ...L{i + 1} }} }}\n");
        }

        document.Append("fragment L12 on Node { id }\n");
        var body = await ExpectAsync(await _server.PostAsync(document.ToString()), 400, GraphQLResponse);
        Assert.Equal("GRAPHQL_MAX_FIELDS", RequestErrorCode(body));
        await AssertStillServesAsync();
    }

    [Fact]
    public async Task DeeplyNestedFieldsAreRefused()
    {
        var query = "{ node { " + string.Concat(Enumerable.Repeat("child { ", 30)) + "id" + new string('}', 31) + " }";
        var body = await ExpectAsync(await _server.PostAsync(query), 400, GraphQLResponse);
        Assert.Equal("GRAPHQL_MAX_FIELD_DEPTH", RequestErrorCode(body));
        await AssertStillServesAsync();
    }

    [Fact]
    public async Task FiftyMegabyteBodyIsRefusedWith413()
    {
        var payload = new byte[50 * 1024 * 1024];
        Array.Fill(payload, (byte)' ');
        var content = new ByteArrayContent(payload);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = content };
        request.Headers.Accept.ParseAdd(GraphQLResponse);
        request.Headers.ExpectContinue = true; // a well-behaved client: the body is never sent

        var body = await ExpectAsync(await _server.Client.SendAsync(request), 413, GraphQLResponse);
        Assert.Equal("HTTP_REQUEST_TOO_LARGE", RequestErrorCode(body));
        await AssertStillServesAsync();
    }

    [Fact]
    public async Task FiftyMegabyteChunkedBodyIsCutOffWith413()
    {
        // No Content-Length: the server must stop reading at its limit (20 MiB), not buffer 50 MB.
        using var socket = new TcpClient();
        await socket.ConnectAsync(_server.BaseAddress.Host, _server.BaseAddress.Port);
        var stream = socket.GetStream();
        var head = "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            + "Accept: application/graphql-response+json\r\nTransfer-Encoding: chunked\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        var chunk = new byte[1024 * 1024];
        Array.Fill(chunk, (byte)' ');
        var chunkHead = Encoding.ASCII.GetBytes($"{chunk.Length:X}\r\n");
        var sent = 0;
        try
        {
            for (; sent < 50; sent++)
            {
                await stream.WriteAsync(chunkHead);
                await stream.WriteAsync(chunk);
                await stream.WriteAsync("\r\n"u8.ToArray());
            }
        }
        catch (IOException)
        {
            // The server closed the connection after answering; the answer is still readable below.
        }

        var response = await ReadResponseHeadAsync(stream);
        Assert.StartsWith("HTTP/1.1 413", response);
        Assert.Contains("application/graphql-response+json", response);
        Assert.True(sent < 50 || response.Length > 0);
        await AssertStillServesAsync();
    }

    [Fact]
    public async Task CancelledClientConnectionCancelsExecution()
    {
        using var cancellation = new CancellationTokenSource();
        var pending = _server.PostRawAsync(
            "{\"query\":\"{ slow(ms: 60000) }\"}", "application/json", GraphQLResponse, cancellation.Token);
        await Task.Delay(500);
        var stopwatch = Stopwatch.StartNew();
        cancellation.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);

        // The resolver observes the aborted request through its cancellation token, long before its 60 s delay.
        var observed = await Task.WhenAny(_server.State.SlowCancelled.Task, Task.Delay(TimeSpan.FromSeconds(10)));
        Assert.Same(_server.State.SlowCancelled.Task, observed);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10));
        await AssertStillServesAsync();
    }

    private async Task AssertStillServesAsync()
    {
        var body = await ExpectAsync(await _server.PostAsync("{ hello }"), 200, GraphQLResponse);
        Assert.Equal("Hello, world!", body.GetProperty("data").GetProperty("hello").GetString());
    }

    private static async Task<string> ReadResponseHeadAsync(NetworkStream stream)
    {
        var buffer = new byte[64 * 1024];
        var text = new StringBuilder();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!text.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, timeout.Token);
            if (read == 0)
            {
                break;
            }

            text.Append(Encoding.UTF8.GetString(buffer, 0, read));
        }

        return text.ToString();
    }
}
