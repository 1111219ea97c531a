using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace SolidarityGraph.Client.Tests.Transport;

/// <summary>Transport failures become result errors with a code; requests carry per-request headers and trusted-document ids.</summary>
public sealed class HttpOperationExecutorTests
{
    private const string Flows = """{"data":{"fundingFlows":[{"currency":"EUR","total":"16322.00","fundingCount":1,"unknownAmountCount":0,"funder":{"id":"T3JnOjE","name":"setec Foundation"}}]}}""";

    [Fact]
    public async Task ANon2xxWithoutAGraphQLBodyIsAnHttpError()
    {
        var handler = new StubHandler(HttpStatusCode.Unauthorized, string.Empty, "text/plain");

        var result = await StubHandler.Client(handler).GetFundingFlows.ExecuteAsync(null, null);

        Assert.Equal("HTTP_401", Assert.Single(result.Errors).Code);
        Assert.Equal(401, result.StatusCode);
        Assert.Null(result.Data);
    }

    [Fact]
    public async Task A2xxBodyThatIsNotJsonIsAnInvalidResponse()
    {
        var handler = new StubHandler(HttpStatusCode.OK, "<html>maintenance</html>", "text/html");

        var result = await StubHandler.Client(handler).GetFundingFlows.ExecuteAsync(null, null);

        Assert.Equal(ClientErrorCodes.InvalidResponse, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task ASlowServerIsATimeoutError()
    {
        var handler = new StubHandler(HttpStatusCode.OK, Flows, delay: TimeSpan.FromSeconds(5));

        var result = await StubHandler.Client(handler, timeout: TimeSpan.FromMilliseconds(100)).GetFundingFlows.ExecuteAsync(null, null);

        Assert.Equal(ClientErrorCodes.Timeout, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task CancellationIsHonouredAsAnException()
    {
        var handler = new StubHandler(HttpStatusCode.OK, Flows, delay: TimeSpan.FromSeconds(5));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => StubHandler.Client(handler).GetFundingFlows.ExecuteAsync(null, null, cancellation.Token));
    }

    [Fact]
    public async Task ANullForANonNullFieldKeepsTheServerErrorFirstAndAddsAShapeError()
    {
        // Pain point of Strawberry Shake (#6038): the real error must not hide behind "Value cannot be null".
        var handler = new StubHandler(HttpStatusCode.OK, """{"errors":[{"message":"Database down","path":["fundingFlows"],"extensions":{"code":"INTERNAL"}}],"data":{"fundingFlows":null}}""");

        var result = await StubHandler.Client(handler).GetFundingFlows.ExecuteAsync(null, null);

        Assert.Equal(["INTERNAL", ClientErrorCodes.ResponseShape], result.Errors.Select(e => e.Code));
        Assert.Null(result.Data);
        var exception = Assert.Throws<GraphQLClientException>(result.EnsureNoErrors);
        Assert.StartsWith("2 errors: Database down [INTERNAL] at fundingFlows;", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecimalsAreReadExactlyAndResponseHeadersAreExposed()
    {
        var handler = new StubHandler(HttpStatusCode.OK, Flows);

        var result = await StubHandler.Client(handler).GetFundingFlows.ExecuteAsync(null, null);

        Assert.Equal(16322.00m, Assert.Single(result.Data!.FundingFlows).Total);
        Assert.Equal(["41"], result.Headers["x-ratelimit-remaining"]);
    }

    [Fact]
    public async Task WithHeaderAddsHeadersToThatOperationOnly()
    {
        var handler = new StubHandler(HttpStatusCode.OK, Flows);
        var client = StubHandler.Client(handler);

        await client.GetFundingFlows.WithHeader("X-Request-Id", "req-1").WithHeader("X-Tenant", "sse").ExecuteAsync(null, null);
        await client.GetFundingFlows.ExecuteAsync(null, null);

        Assert.Equal(["req-1"], handler.Requests[0].Request.Headers.GetValues("X-Request-Id"));
        Assert.Equal(["sse"], handler.Requests[0].Request.Headers.GetValues("X-Tenant"));
        Assert.False(handler.Requests[1].Request.Headers.Contains("X-Request-Id"));
    }

    [Fact]
    public async Task VariablesAreSentAndNullOnesLeftOut()
    {
        var handler = new StubHandler(HttpStatusCode.OK, Flows);

        await StubHandler.Client(handler).GetFundingFlows.ExecuteAsync(null, "EUR");

        using var body = JsonDocument.Parse(handler.Requests[0].Body);
        Assert.Equal(GetFundingFlowsQuery.Document, body.RootElement.GetProperty("query").GetString());
        Assert.Equal("GetFundingFlows", body.RootElement.GetProperty("operationName").GetString());
        Assert.Equal("""{"currency":"EUR"}""", body.RootElement.GetProperty("variables").GetRawText());
    }

    [Fact]
    public async Task TrustedDocumentsSendTheSha256IdInsteadOfTheText()
    {
        var handler = new StubHandler(HttpStatusCode.OK, Flows);

        await StubHandler.Client(handler, new GraphQLClientOptions { UseTrustedDocuments = true }).GetFundingFlows.ExecuteAsync(null, null);

        using var body = JsonDocument.Parse(handler.Requests[0].Body);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(GetFundingFlowsQuery.Document)));
        Assert.Equal("sha256:" + hash, body.RootElement.GetProperty("documentId").GetString());
        Assert.False(body.RootElement.TryGetProperty("query", out _));
        Assert.Equal(GetFundingFlowsQuery.DocumentHash, hash);
    }

    [Fact]
    public void TheManifestMapsEveryOperationHashToItsDocument()
    {
        using var manifest = JsonDocument.Parse(SolidarityGraphClientTrustedDocuments.Manifest);

        var entries = manifest.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());

        Assert.Equal(GetProjectsQuery.Document, entries[GetProjectsQuery.DocumentHash]);
        Assert.Equal(UpdateProjectMutation.Document, entries[UpdateProjectMutation.DocumentHash]);
        Assert.Equal(typeof(ISolidarityGraphClient).GetProperties().Length, entries.Count);
        Assert.All(entries, e => Assert.Equal(e.Key, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(e.Value!)))));
    }

    [Fact]
    public async Task ConfigureHttpClientCanAddAMessageHandler()
    {
        var handler = new StubHandler(HttpStatusCode.OK, Flows);
        var services = new ServiceCollection();
        services.AddSolidarityGraphClient().ConfigureHttpClient(
            (_, client) => client.BaseAddress = new Uri("http://graph.test/graphql"),
            builder => builder.ConfigurePrimaryHttpMessageHandler(() => handler));

        var result = await services.BuildServiceProvider().GetRequiredService<ISolidarityGraphClient>().GetFundingFlows.ExecuteAsync(null, null);

        result.EnsureNoErrors();
        Assert.Equal(new Uri("http://graph.test/graphql"), handler.Requests.Single().Request.RequestUri);
    }
}
