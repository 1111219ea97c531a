using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Playwright;
using SolidarityGraph.Api.Tests.Hosting;
using SolidarityGraph.Testing.Browser;
using Xunit.Abstractions;

namespace SolidarityGraph.Api.Tests.Auth.PartnerAccess;

/// <summary>
/// A person signs in for an application: authorization code with PKCE (RFC 7636, S256) driven in headless Chromium
/// through the real login and consent pages; the code is exchanged like a native tool would.
/// </summary>
[Collection(PartnerServerCollection.Name)]
public sealed class CodeFlowBrowserTests(PartnerServerFixture fixture, BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const string PersonalData = "{ publicContacts(first: 50) { nodes { fullName email } } }";

    [Fact]
    public async Task StewardsTokenFromTheConsentPageReadsPersonalDataAndRefreshes()
    {
        if (!browser.Require(output))
        {
            return;
        }

        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var page = await SignInAndOpenConsentAsync(verifier, "graph.read pii.read offline_access");
        Assert.Equal("Allow Graph Explorer to use SolidarityGraph as you?", await page.Locator("h1").InnerTextAsync());
        var callback = await DecideAsync(page, "Allow");
        var query = QueryHelpers.ParseQuery(callback.Query);
        Assert.Equal("state-42", query["state"].ToString());

        var tokens = await ExchangeAsync(new()
        {
            ["grant_type"] = "authorization_code",
            ["code"] = query["code"].ToString(),
            ["redirect_uri"] = fixture.Callback.ToString(),
            ["client_id"] = PartnerServerFixture.PeopleClient,
            ["code_verifier"] = verifier,
        });
        Assert.Equal("graph.read pii.read offline_access", ForgedTokens.Payload(tokens["access_token"]!.GetValue<string>())["scope"]!.GetValue<string>());
        await AssertReadsPersonalDataAsync(tokens["access_token"]!.GetValue<string>());

        var refreshed = await ExchangeAsync(new()
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = tokens["refresh_token"]!.GetValue<string>(),
            ["client_id"] = PartnerServerFixture.PeopleClient,
        });
        await AssertReadsPersonalDataAsync(refreshed["access_token"]!.GetValue<string>());
    }

    [Fact]
    public async Task WrongCodeVerifierIsInvalidGrant()
    {
        if (!browser.Require(output))
        {
            return;
        }

        var page = await SignInAndOpenConsentAsync(Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32)), "graph.read");
        var callback = await DecideAsync(page, "Allow");
        var code = QueryHelpers.ParseQuery(callback.Query)["code"].ToString();

        using var response = await fixture.Http.PostAsync("connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = fixture.Callback.ToString(),
            ["client_id"] = PartnerServerFixture.PeopleClient,
            ["code_verifier"] = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32)),
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_grant", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task DenyingRedirectsWithAccessDenied()
    {
        if (!browser.Require(output))
        {
            return;
        }

        var page = await SignInAndOpenConsentAsync(Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32)), "graph.read");
        var callback = await DecideAsync(page, "Deny");

        var query = QueryHelpers.ParseQuery(callback.Query);
        Assert.Equal("access_denied", query["error"].ToString());
        Assert.False(query.ContainsKey("code"));
    }

    private async Task<IPage> SignInAndOpenConsentAsync(string verifier, string scope)
    {
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var authorize = QueryHelpers.AddQueryString(new Uri(fixture.Issuer, "connect/authorize").ToString(), new Dictionary<string, string?>
        {
            ["client_id"] = PartnerServerFixture.PeopleClient,
            ["response_type"] = "code",
            ["redirect_uri"] = fixture.Callback.ToString(),
            ["scope"] = scope,
            ["state"] = "state-42",
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256",
        });
        var context = await browser.NewContextAsync(fixture.Server.BaseAddress.ToString());
        var page = await context.NewPageAsync();
        await page.GotoAsync(authorize);
        await page.GetByLabel("E-mail").FillAsync(ReadmeServer.AdminEmail);
        await page.GetByLabel("Password").FillAsync(ReadmeServer.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Allow" }).WaitForAsync();
        return page;
    }

    // The application's redirect URI has no page behind it: what counts is the request the browser is sent to.
    private async Task<Uri> DecideAsync(IPage page, string button)
    {
        var request = await page.RunAndWaitForRequestAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync(),
            r => r.Url.StartsWith(fixture.Callback.ToString(), StringComparison.Ordinal));
        return new Uri(request.Url);
    }

    private async Task<JsonNode> ExchangeAsync(Dictionary<string, string> form)
    {
        using var response = await fixture.Http.PostAsync("connect/token", new FormUrlEncodedContent(form));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonNode.Parse(body)!;
    }

    private async Task AssertReadsPersonalDataAsync(string token)
    {
        var (response, json) = await fixture.GraphQLAsync(token, PersonalData);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(json!["errors"]);
        // The same selection gives a partner AUTH_NOT_AUTHORIZED on every email (ClientCredentialsTests); here it is read.
        var nodes = json["data"]!["publicContacts"]!["nodes"]!.AsArray();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, node => Assert.True(node!.AsObject().ContainsKey("email")));
    }
}
