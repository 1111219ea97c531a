using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace SolidarityGraph.Api.Tests.Auth.PartnerAccess;

/// <summary>A server whose token endpoint allows 3 requests per client and 8 per IP address in a 10-minute window.</summary>
public sealed class RateLimitedServerFixture() : PartnerServerFixture(new Dictionary<string, string?>
{
    ["PartnerAccess__TokenRequestsPerClient"] = "3",
    ["PartnerAccess__TokenRequestsPerIp"] = "8",
    ["PartnerAccess__RateLimitWindow"] = "00:10:00",
});

/// <summary>
/// The token endpoint refuses brute force: over the per-client or the per-IP limit it answers 429 with
/// <c>Retry-After</c>, whether the guesses are right or wrong. One test, because its steps share the window.
/// </summary>
public sealed class TokenRateLimitTests(RateLimitedServerFixture fixture) : IClassFixture<RateLimitedServerFixture>
{
    [Fact]
    public async Task GuessesAreLimitedPerClientThenPerAddress()
    {
        for (var i = 0; i < 3; i++)
        {
            using var guess = await fixture.RequestTokenAsync("reader", "graph.read", "wrong-secret-" + i);
            Assert.Equal(HttpStatusCode.Unauthorized, guess.StatusCode);
        }

        // The right secret, over HTTP Basic this time, counts for the same client.
        using var request = new HttpRequestMessage(HttpMethod.Post, "connect/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("reader:" + PartnerServerFixture.Secret)));
        using var limited = await fixture.Http.SendAsync(request);

        await AssertLimitedAsync(limited, "Too many token requests from this client");

        // Another client is not limited by the first.
        Assert.NotEmpty(await fixture.TokenAsync("writer"));

        // 5 requests so far from 127.0.0.1 (the refused one counts too); 3 more reach the limit of 8, whatever the client.
        for (var i = 0; i < 3; i++)
        {
            using var guess = await fixture.RequestTokenAsync("client-" + i, "graph.read", "guess");
            Assert.Equal(HttpStatusCode.Unauthorized, guess.StatusCode);
        }

        using var byAddress = await fixture.RequestTokenAsync("writer", "graph.read");

        await AssertLimitedAsync(byAddress, "Too many token requests from this address");
    }

    private static async Task AssertLimitedAsync(HttpResponseMessage response, string description)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var retryAfter = response.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 600);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("too_many_requests", body["error"]!.GetValue<string>());
        Assert.StartsWith(description, body["error_description"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
