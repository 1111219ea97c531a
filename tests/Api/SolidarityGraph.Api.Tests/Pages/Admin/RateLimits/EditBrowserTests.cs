using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using SolidarityGraph.Api.Tests.Auth.PartnerAccess;
using SolidarityGraph.Api.Tests.Hosting;
using SolidarityGraph.Testing.Browser;
using Xunit.Abstractions;

namespace SolidarityGraph.Api.Tests.Pages.Admin.RateLimits;

/// <summary>
/// Real Chromium against the real server process: an Admin lowers a partner application's maximum cost, the
/// application's next request with the token it already holds is refused with the coded cost error naming the new
/// limit, and raising the limit again lets the same request through. Screenshot:
/// <c>artifacts/screenshots/admin-rate-limits-edit.png</c>.
/// </summary>
[Collection(PartnerServerCollection.Name)]
public sealed class EditBrowserTests(PartnerServerFixture fixture, BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const string ClientId = "cost-capped";

    // Costs 60: a connection (10) of fifty nodes (50).
    private const string FiftyProjects = "{ projects(first: 50) { nodes { id } } }";

    [Fact]
    public async Task AnAdminLowersAClientsMaximumCostWhichItsTokenMeetsAtOnceAndRaisesItAgain()
    {
        if (!browser.Require(output))
        {
            return;
        }

        await PartnerServerFixture.RegisterAsync(fixture.Server, ClientId, "graph.read");
        var token = await fixture.TokenAsync(ClientId);
        Assert.Equal(HttpStatusCode.OK, (await fixture.GraphQLAsync(token, FiftyProjects)).Response.StatusCode);

        var page = await (await browser.NewContextAsync(fixture.Server.BaseAddress.ToString())).NewPageAsync();
        await page.GotoAsync("/admin/account/login");
        await page.GetByLabel("E-mail").FillAsync(ReadmeServer.AdminEmail);
        await page.GetByLabel("Password").FillAsync(ReadmeServer.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Rate limits" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = $"Edit the limits of {ClientId}" }).ClickAsync();
        Assert.Equal("1,000", await page.GetByLabel("Maximum cost").GetAttributeAsync("placeholder"));
        await page.GetByLabel("Maximum cost").FillAsync("50");
        await page.ScreenshotAsync(new() { Path = LiveAdmin.Screenshot("admin-rate-limits-edit.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        Assert.StartsWith($"Limits of {ClientId} saved", await page.GetByRole(AriaRole.Status).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("50", (await page.Locator($"#limits tr[data-client='{ClientId}'] td").Nth(4).InnerTextAsync()).Trim());
        var (refused, json) = await fixture.GraphQLAsync(token, FiftyProjects);
        // No Accept header means application/json, whose request errors come with 200 (GraphQL over HTTP, legacy media type).
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Null(json!["data"]);
        var error = json!["errors"]![0]!;
        Assert.Equal("GRAPHQL_MAX_COST", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(50, error["extensions"]!["maximumCost"]!.GetValue<double>());
        Assert.Contains("more than the maximum of 50", error["message"]!.GetValue<string>(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = $"Edit the limits of {ClientId}" }).ClickAsync();
        Assert.Equal("50", await page.GetByLabel("Maximum cost").InputValueAsync());
        await page.GetByLabel("Maximum cost").FillAsync("2,000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        Assert.Equal("2,000", (await page.Locator($"#limits tr[data-client='{ClientId}'] td").Nth(4).InnerTextAsync()).Trim());
        var (allowed, data) = await fixture.GraphQLAsync(token, FiftyProjects);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(2000, data!["extensions"]!["cost"]!["maximumAvailable"]!.GetValue<double>());
        Assert.Equal(60, data["extensions"]!["cost"]!["requestedQueryCost"]!.GetValue<double>());
    }
}
