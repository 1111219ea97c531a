using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SolidarityGraph.Api.Auth;
using SolidarityGraph.Testing;
using SolidarityGraph.Testing.Browser;
using Xunit.Abstractions;

namespace SolidarityGraph.Api.Tests.Pages.Admin.Places;

/// <summary>
/// Real Chromium against a real Kestrel server: a steward creates a place choosing its parent by name, edits it, and
/// an anonymous GraphQL caller reads it. Screenshot: <c>artifacts/screenshots/admin-place-autocomplete.png</c>.
/// </summary>
public sealed class BrowserTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly AdminHost _host = new();
    private string _baseUrl = string.Empty;

    public Task InitializeAsync()
    {
        _host.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _host.StartServer();
        _baseUrl = _host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task AStewardCreatesAPlaceInsideAnotherChosenByNameAndEditsIt()
    {
        if (!browser.Require(output))
        {
            return;
        }

        var page = await (await browser.NewContextAsync(_baseUrl)).NewPageAsync();
        await page.GotoAsync("/admin");
        await page.GetByLabel("E-mail").FillAsync(await _host.CreateUserAsync(AdminRoles.Steward));
        await page.GetByLabel("Password").FillAsync(AdminHost.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "All records" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Place", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New place" }).ClickAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Villa Tunari");
        await page.GetByLabel("Type").SelectOptionAsync(new SelectOptionValue { Label = "City" });
        await page.GetByLabel("Country (ISO 3166-1 alpha-2)").FillAsync("BO");
        var parent = page.GetByLabel("Part of");
        await parent.PressSequentiallyAsync("Cochab");
        Assert.Equal(["Cochabamba"], await page.EvaluateAsync<string[]>(
            "i => [...i.list.options].map(o => o.value).filter(v => v.toLowerCase().includes(i.value.toLowerCase()))", await parent.ElementHandleAsync()));
        await parent.FillAsync("Cochabamba");
        await page.GetByLabel("Population", new() { Exact = true }).FillAsync("72000");
        await page.ScreenshotAsync(new() { Path = Screenshot("admin-place-autocomplete.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Create place" }).ClickAsync();
        Assert.Equal("Place: Villa Tunari", (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.Equal("Cochabamba", await page.Locator("dt:text-is('ParentId') + dd a").InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }).ClickAsync();
        Assert.Equal("Cochabamba", await page.GetByLabel("Part of").InputValueAsync());
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Villa Tunari municipality");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        Assert.Equal("Place: Villa Tunari municipality", (await page.Locator("h1").InnerTextAsync()).Trim());

        using var client = new HttpClient { BaseAddress = new Uri(_baseUrl) };
        using var response = await client.PostAsJsonAsync("/graphql", new
        {
            query = "{ places(where: { name: { eq: \"Villa Tunari municipality\" } }) { nodes { type countryCode population parent { name } } } }",
        });
        var body = await response.Content.ReadAsStringAsync();
        var place = Assert.Single(JsonNode.Parse(body)!["data"]!["places"]!["nodes"]!.AsArray())!;
        Assert.Equal(("CITY", "BO", 72000L, "Cochabamba"), (place["type"]!.GetValue<string>(), place["countryCode"]!.GetValue<string>(),
            long.Parse(place["population"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture), place["parent"]!["name"]!.GetValue<string>()));
    }

    private static string Screenshot(string name)
    {
        var folder = Path.Combine(RepositoryPaths.RepositoryRoot, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
