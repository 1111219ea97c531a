using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace SolidarityGraph.Api.Tests.Auth.PartnerAccess;

/// <summary>
/// A bearer token that fails validation is a 401 with <c>WWW-Authenticate: Bearer error="invalid_token"</c> (RFC 6750
/// §3.1), never an anonymous caller. Each forged token differs from a valid one in one respect only; the control test
/// proves that re-signing alone keeps a token valid.
/// </summary>
[Collection(PartnerServerCollection.Name)]
public sealed class BearerRefusalTests(PartnerServerFixture fixture)
{
    private const string Query = "{ projects(first: 1) { totalCount } }";

    [Fact]
    public async Task ResignedWithTheServerKeyAndUnchangedIsAccepted()
    {
        using var key = ForgedTokens.ServerKey(fixture.Server.Folder);
        var token = ForgedTokens.Resign(await fixture.TokenAsync("reader"), key, _ => { });

        var (response, json) = await fixture.GraphQLAsync(token, Query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(json!["errors"]);
    }

    [Fact]
    public async Task TamperedSignatureIs401() =>
        await AssertRefusedAsync(ForgedTokens.Tamper(await fixture.TokenAsync("reader")));

    [Fact]
    public async Task WrongIssuerIs401() =>
        await AssertRefusedAsync(await ResignAsync(payload => payload["iss"] = "https://issuer.example.org/"));

    [Fact]
    public async Task WrongAudienceIs401() =>
        await AssertRefusedAsync(await ResignAsync(payload => payload["aud"] = "another-api"));

    [Fact]
    public async Task ExpiredIs401()
    {
        // Time passes: the token's lifetime ends both in the JWT and in its database entry, which the server checks on
        // every request (token entry validation) and treats as the authority over the token's expiry.
        var past = DateTimeOffset.UtcNow.AddHours(-2);
        var original = await fixture.TokenAsync("reader");
        using var key = ForgedTokens.ServerKey(fixture.Server.Folder);
        var token = ForgedTokens.Resign(original, key, payload =>
        {
            payload["iat"] = past.AddHours(-1).ToUnixTimeSeconds();
            payload["exp"] = past.ToUnixTimeSeconds();
        });
        await using (var db = new SqliteConnection($"Data Source={Path.Combine(fixture.Server.Folder, "data", "solidaritygraph.db")}"))
        {
            await db.OpenAsync();
            var expire = db.CreateCommand();
            expire.CommandText = "UPDATE OpenIddictTokens SET ExpirationDate = $past WHERE Id = $id";
            expire.Parameters.AddWithValue("$past", past.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
            expire.Parameters.AddWithValue("$id", ForgedTokens.Payload(original)["oi_tkn_id"]!.GetValue<string>());
            Assert.Equal(1, await expire.ExecuteNonQueryAsync());
        }

        await AssertRefusedAsync(token);
    }

    [Fact]
    public async Task ForeignKeyIs401()
    {
        using var foreign = RSA.Create(2048);
        await AssertRefusedAsync(ForgedTokens.Resign(await fixture.TokenAsync("reader"), foreign, _ => { }));
    }

    [Fact]
    public async Task RevokedIs401()
    {
        var token = await fixture.TokenAsync("reader");
        Assert.Equal(HttpStatusCode.OK, (await fixture.GraphQLAsync(token, Query)).Response.StatusCode);

        // RFC 7009: the client revokes its own token.
        using var revoked = await fixture.Http.PostAsync("connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = token,
            ["token_type_hint"] = "access_token",
            ["client_id"] = "reader",
            ["client_secret"] = PartnerServerFixture.Secret,
        }));
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);

        await AssertRefusedAsync(token);
    }

    [Fact]
    public async Task RevokingTheApplicationStopsItsLiveTokenOnTheNextRequest()
    {
        await PartnerServerFixture.RegisterAsync(fixture.Server, "doomed", "graph.read");
        var token = await fixture.TokenAsync("doomed");
        Assert.Equal(HttpStatusCode.OK, (await fixture.GraphQLAsync(token, Query)).Response.StatusCode);

        var revoked = await fixture.Server.RunVerbAsync(["revoke-client", "--client-id", "doomed"]);
        Assert.True(revoked.Succeeded, revoked.FailureMessage);

        await AssertRefusedAsync(token);
        using var again = await fixture.RequestTokenAsync("doomed", "graph.read");
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("")]
    public async Task MalformedIs401(string token) => await AssertRefusedAsync(token);

    private async Task<string> ResignAsync(Action<System.Text.Json.Nodes.JsonObject> change)
    {
        using var key = ForgedTokens.ServerKey(fixture.Server.Folder);
        return ForgedTokens.Resign(await fixture.TokenAsync("reader"), key, change);
    }

    private async Task AssertRefusedAsync(string token)
    {
        var (response, json) = await fixture.GraphQLAsync(token, Query);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.StartsWith("error=\"invalid_token\"", challenge.Parameter);
        Assert.Equal("invalid_token", json!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(json["data"]);
    }
}
