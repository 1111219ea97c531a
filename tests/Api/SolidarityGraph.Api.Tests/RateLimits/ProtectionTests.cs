using System.Net;
using System.Text.Json.Nodes;

namespace SolidarityGraph.Api.Tests.RateLimits;

/// <summary>Per-client limits and trusted documents on the real server process (README, "Limits").</summary>
public sealed class ProtectionTests(ProtectionServerFixture server) : IClassFixture<ProtectionServerFixture>
{
    private const string ArbitraryDocument = "{ organisations(first: 1) { nodes { name } } }";

    [Fact]
    public async Task ATrustedOnlyClientRunsTrustedDocumentsByIdOverPostAndGetAndNothingElse()
    {
        var reader = await server.TokenAsync("reader");
        foreach (var method in new[] { HttpMethod.Post, HttpMethod.Get })
        {
            var (response, json) = await server.SendAsync(reader, new { documentId = ProtectionServerFixture.TrustedDocumentId }, method);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(2, json!["data"]!["projects"]!["nodes"]!.AsArray().Count);
        }

        var (refused, error) = await server.SendAsync(reader, new { query = ArbitraryDocument });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("PERSISTED_DOCUMENT_REQUIRED", Code(error));
        Assert.Null(error!["data"]);

        // The same document is accepted from a client without the restriction.
        var (accepted, data) = await server.SendAsync(await server.TokenAsync("writer"), new { query = ArbitraryDocument });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Single(data!["data"]!["organisations"]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task AnUnknownDocumentIdIsACodedError()
    {
        var (response, json) = await server.SendAsync(null, new { documentId = "sha256:" + new string('0', 64) });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("PERSISTED_DOCUMENT_NOT_FOUND", Code(json));
        Assert.Contains("sha256:0000", json!["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);

        var (both, invalid) = await server.SendAsync(null, new { query = ArbitraryDocument, documentId = ProtectionServerFixture.TrustedDocumentId });
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
        Assert.Contains("both", invalid!["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AClientsOwnMaximumCostRefusesWhatTheDefaultWouldAllow()
    {
        var writer = await server.TokenAsync("writer");
        var (fits, cheap) = await server.SendAsync(writer, new { query = "{ projects(first: 5) { nodes { id } } }" });
        Assert.Equal(HttpStatusCode.OK, fits.StatusCode);
        Assert.Equal(50, cheap!["extensions"]!["cost"]!["maximumAvailable"]!.GetValue<double>());

        var (refused, json) = await server.SendAsync(writer, new { query = "{ projects(first: 50) { nodes { id } } }" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("GRAPHQL_MAX_COST", Code(json));
        Assert.Equal(60, json!["errors"]![0]!["extensions"]!["cost"]!.GetValue<double>());
        Assert.Equal(50, json["errors"]![0]!["extensions"]!["maximumCost"]!.GetValue<double>());
    }

    [Fact]
    public async Task ASpentBudgetIsA429WithRetryAfterAndNothingRuns()
    {
        var token = await server.TokenAsync("budgeted");
        for (var request = 1; request <= 3; request++)
        {
            var (response, json) = await server.SendAsync(token, new { query = "{ rateLimit { limit cost remaining used resetAt } }" });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var rateLimit = json!["data"]!["rateLimit"]!;
            Assert.Equal(3, rateLimit["limit"]!.GetValue<int>());
            Assert.Equal(1, rateLimit["cost"]!.GetValue<int>());
            Assert.Equal(request, rateLimit["used"]!.GetValue<int>());
            Assert.Equal(3 - request, rateLimit["remaining"]!.GetValue<int>());
            Assert.True(DateTimeOffset.Parse(rateLimit["resetAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow.AddMinutes(55));
            Assert.Equal("3", Header(response, "X-RateLimit-Limit"));
            Assert.Equal((3 - request).ToString(System.Globalization.CultureInfo.InvariantCulture), Header(response, "X-RateLimit-Remaining"));
            Assert.Equal(request.ToString(System.Globalization.CultureInfo.InvariantCulture), Header(response, "X-RateLimit-Used"));
            Assert.True(long.Parse(Header(response, "X-RateLimit-Reset"), System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        }

        var (refused, error) = await server.SendAsync(token, new { query = "{ projects(first: 1) { nodes { title } } }" });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.FromMinutes(55), refused.Headers.RetryAfter?.ToString());
        Assert.Equal("RATE_LIMITED", Code(error));
        Assert.Null(error!["data"]);
        Assert.Equal("0", Header(refused, "X-RateLimit-Remaining"));

        // Another client's budget is its own.
        var (other, _) = await server.SendAsync(await server.TokenAsync("writer"), new { query = "{ rateLimit { remaining } }" });
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task TooManyRequestsAreRefusedBeforeThePipelineWithRetryAfter()
    {
        var token = await server.TokenAsync("counted");
        for (var request = 1; request <= 2; request++)
        {
            var (response, _) = await server.SendAsync(token, new { query = "{ __typename }" });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var (refused, error) = await server.SendAsync(token, new { query = "{ __typename }" });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);
        Assert.Equal("RATE_LIMITED", Code(error));
        Assert.Contains("at most 2 per 60 s", error!["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnonymousCallersHaveTheDefaultBudget()
    {
        var (response, json) = await server.SendAsync(null, new { query = "{ rateLimit { limit cost } }" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5000, json!["data"]!["rateLimit"]!["limit"]!.GetValue<int>());
        Assert.Equal("5000", Header(response, "X-RateLimit-Limit"));
    }

    private static string? Code(JsonNode? json) => json?["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    private static string Header(HttpResponseMessage response, string name) => response.Headers.GetValues(name).Single();
}
