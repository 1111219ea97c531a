using System.Net;
using SolidarityGraph.Testing;
using Xunit.Abstractions;

namespace SolidarityGraph.Api.Tests.Auth.PartnerAccess;

/// <summary>
/// Issue 15 acceptance against a real Kestrel server: a third-party client gets a token by client credentials and
/// verifies it with the reference libraries; what that token may read and change on <c>/graphql</c>.
/// </summary>
[Collection(PartnerServerCollection.Name)]
public sealed class ClientCredentialsTests(PartnerServerFixture fixture, ITestOutputHelper output)
{
    private const string PersonalData = "{ publicContacts(first: 1) { nodes { fullName email } } }";
    private const string CreatePlace = """mutation { createPlace(input: { name: "Partner place", type: CITY, countryCode: "BO" }) { place { id name } errors { __typename } } }""";

    [Fact]
    public void ThirdPartyClientTokenVerifiesWithJoseAgainstTheDiscoveredJwks()
    {
        if (!Prerequisite.Require(ConformanceNode.Unavailable() is null, ConformanceNode.Unavailable() ?? "", output))
        {
            return;
        }

        var result = fixture.RunThirdPartyClient("reader", PartnerServerFixture.Secret, "graph.read");

        // jose has already checked signature, issuer, audience and expiry; these pin what it checked against.
        var payload = result["payload"]!;
        Assert.Equal(fixture.Issuer.ToString(), payload["iss"]!.GetValue<string>());
        Assert.Equal(PartnerServerFixture.Audience, payload["aud"]!.GetValue<string>());
        Assert.Equal(3600, payload["exp"]!.GetValue<long>() - payload["iat"]!.GetValue<long>());
        Assert.Equal("reader", payload["sub"]!.GetValue<string>());
        Assert.Equal("graph.read", payload["scope"]!.GetValue<string>());
        Assert.Equal("RS256", result["header"]!["alg"]!.GetValue<string>());
        Assert.Equal("at+jwt", result["header"]!["typ"]!.GetValue<string>());
    }

    [Fact]
    public void WrongSecretIsInvalidClient()
    {
        if (!Prerequisite.Require(ConformanceNode.Unavailable() is null, ConformanceNode.Unavailable() ?? "", output))
        {
            return;
        }

        var result = fixture.RunThirdPartyClient("reader", "not-the-secret", "graph.read");

        Assert.Equal("invalid_client", result["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task ScopeTheClientWasNotGrantedIsRefused()
    {
        using var response = await fixture.RequestTokenAsync("reader", "graph.read graph.write");

        await AssertScopeRefusedAsync(response);
    }

    [Fact]
    public async Task PublicQueryWorksWithAPartnerToken()
    {
        var token = await fixture.TokenAsync("reader");

        var (response, json) = await fixture.GraphQLAsync(token, "{ projects(first: 2) { totalCount nodes { title } } }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(json!["errors"]);
        Assert.True(json["data"]!["projects"]!["totalCount"]!.GetValue<int>() > 0);
    }

    [Theory]
    [InlineData("reader")]
    [InlineData("writer")]
    public async Task PersonalDataIsNotAuthorizedForAPartner(string client)
    {
        var token = await fixture.TokenAsync(client);

        var (_, json) = await fixture.GraphQLAsync(token, PersonalData);

        Assert.Equal("AUTH_NOT_AUTHORIZED", json!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(json["data"]!["publicContacts"]!["nodes"]![0]!["email"]);
    }

    [Fact]
    public async Task PiiReadIsNeverGrantedByClientCredentials()
    {
        using var response = await fixture.RequestTokenAsync("writer", "graph.read pii.read");

        await AssertScopeRefusedAsync(response);
    }

    [Fact]
    public async Task MutationWithoutGraphWriteIsNotAuthorized()
    {
        var token = await fixture.TokenAsync("reader");

        var (_, json) = await fixture.GraphQLAsync(token, CreatePlace);

        Assert.Equal("AUTH_NOT_AUTHORIZED", json!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(json["data"]);
    }

    [Fact]
    public async Task MutationWithGraphWriteSucceeds()
    {
        var token = await fixture.TokenAsync("writer");

        var (_, json) = await fixture.GraphQLAsync(token, CreatePlace);

        Assert.Null(json!["errors"]);
        Assert.Equal("Partner place", json["data"]!["createPlace"]!["place"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task WriterWhoAsksOnlyForGraphReadCannotMutate()
    {
        var token = await fixture.TokenAsync("writer", "graph.read");

        var (_, json) = await fixture.GraphQLAsync(token, CreatePlace);

        Assert.Equal("AUTH_NOT_AUTHORIZED", json!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task NoTokenIsAnAnonymousCaller()
    {
        var (response, json) = await fixture.GraphQLAsync(null, PersonalData);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", json!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.NotNull(json["data"]!["publicContacts"]!["nodes"]![0]!["fullName"]);
    }

    // OpenIddict answers a scope outside the client's permissions with invalid_request (its error ID2051).
    private static async Task AssertScopeRefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("invalid_request", body["error"]!.GetValue<string>());
        Assert.Equal("This client application is not allowed to use the specified scope.", body["error_description"]!.GetValue<string>());
        Assert.Null(body["access_token"]);
    }
}
