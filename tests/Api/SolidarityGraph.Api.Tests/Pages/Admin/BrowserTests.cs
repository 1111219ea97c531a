using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SolidarityGraph.Api.Auth;
using SolidarityGraph.Testing;
using SolidarityGraph.Testing.Browser;
using Xunit.Abstractions;

namespace SolidarityGraph.Api.Tests.Pages.Admin;

/// <summary>
/// Real Chromium against a real Kestrel server on 127.0.0.1 (random port) over a temporary seeded SQLite file.
/// Screenshots go to <c>artifacts/screenshots/admin-*.png</c>.
/// </summary>
public sealed class BrowserTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string SeedFile = "002_e99b8cddfe84e22e.txt";
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
    public async Task AStewardCreatesAProjectLinksAFunderAndRecordsACitedIndicatorValue()
    {
        var seed = Path.Combine(RepositoryPaths.SharedFolder, "seeds", SeedFile);
        if (!browser.Require(output) || !Prerequisite.Require(File.Exists(seed), $"seed document {seed} is absent", output))
        {
            return;
        }

        var page = await SignInAsync(await browser.NewContextAsync(_baseUrl), await _host.CreateUserAsync(AdminRoles.Steward), screenshot: true);

        await page.GetByRole(AriaRole.Link, new() { Name = "Projects", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New project" }).ClickAsync();
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Neighbourhood allotments in Ate");
        await page.GetByLabel("Planned end").FillAsync("2026-06");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create project" }).ClickAsync();
        await Expect(page.Locator("h1"), "Neighbourhood allotments in Ate");
        var projectUrl = page.Url;

        await page.GetByRole(AriaRole.Link, new() { Name = "Link a funder" }).ClickAsync();
        await page.GetByLabel("Funder", new() { Exact = true }).FillAsync("setec Foundation");
        await page.GetByLabel("Amount (leave empty when unknown)").FillAsync("5000");
        await page.GetByLabel("Currency (ISO 4217)").FillAsync("EUR");
        await page.GetByLabel("Instrument").SelectOptionAsync(new SelectOptionValue { Label = "Grant" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Link funder" }).ClickAsync();
        var funders = await page.Locator("#funders + div table tbody").InnerTextAsync();
        Assert.Contains("setec Foundation", funders, StringComparison.Ordinal);
        Assert.Contains("5,000 EUR", funders, StringComparison.Ordinal);
        Assert.Contains("Funding", await page.Locator("#participants + ul").InnerTextAsync(), StringComparison.Ordinal);

        // The quote is checked against the source text, so the steward archives the exact document first.
        await page.GotoAsync("/admin/sources?q=Supporting");
        await page.GetByRole(AriaRole.Link, new() { Name = "Supporting women", Exact = false }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Archive the text" }).ClickAsync();
        await page.GetByLabel("Document").SetInputFilesAsync(seed);
        await page.GetByRole(AriaRole.Button, new() { Name = "Archive" }).ClickAsync();
        await Expect(page.Locator("p.notice"), "Source text archived; its SHA-256 matches.");

        await page.GotoAsync(projectUrl);
        await page.GetByRole(AriaRole.Link, new() { Name = "Record an indicator value" }).ClickAsync();
        await page.GetByLabel("New indicator code").FillAsync("SG:BENEFICIARIES");
        await page.GetByLabel("New indicator title").FillAsync("Beneficiaries");
        await page.GetByLabel("Unit label (new indicator)").FillAsync("people");
        await page.GetByLabel("Kind", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Target" });
        await page.GetByLabel("Value", new() { Exact = true }).FillAsync("1515");
        await page.GetByLabel("Source", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Supporting women’s emancipation by promoting inclusion and participation in sustainable urban development in their neighborhoods" });
        await page.GetByLabel("Quote (verbatim from the source)").FillAsync("Among the 1,515 beneficiaries");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record value" }).ClickAsync();

        var value = await page.Locator("li.indicator-value").InnerTextAsync();
        Assert.Contains("Target: 1,515 people", value, StringComparison.Ordinal);
        Assert.Contains("«Among the 1,515 beneficiaries»", value, StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Screenshot("admin-project-details.png"), FullPage = true });

        var stored = await _host.WithDbAsync(db => db.Fundings.Where(f => f.Amount == 5000m).Select(f => f.Currency).SingleAsync());
        Assert.Equal("EUR", stored);
        await AssertVisibleInGraphQLAsync("Neighbourhood allotments in Ate");

        await page.GotoAsync("/admin");
        var setec = page.Locator("#funding-by-funder svg g.bar[data-label='setec Foundation']");
        Assert.Equal("21322", await setec.GetAttributeAsync("data-value"));
        await page.ScreenshotAsync(new() { Path = Screenshot("admin-dashboard.png"), FullPage = true });
        await page.SetViewportSizeAsync(360, 740);
        await page.ScreenshotAsync(new() { Path = Screenshot("admin-dashboard-360.png"), FullPage = true });
        var overflowing = await page.EvaluateAsync<string>(
            "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 361).map(e => e.tagName + '.' + e.className).slice(0, 5).join(', ')");
        Assert.True(overflowing.Length == 0, $"the dashboard scrolls sideways at 360 px: {overflowing}");
    }

    [Fact]
    public async Task TwoStewardsEditingTheSameProjectLoseNothing()
    {
        if (!browser.Require(output))
        {
            return;
        }

        var id = await _host.WithDbAsync(async db =>
        {
            var project = new Domain.Projects.Project("Shared kitchen", Domain.Projects.ProjectKind.DevelopmentProject);
            db.Projects.Add(project);
            await db.SaveChangesAsync();
            return project.Id;
        });
        var alice = await SignInAsync(await browser.NewContextAsync(_baseUrl), await _host.CreateUserAsync(AdminRoles.Steward));
        var bob = await SignInAsync(await browser.NewContextAsync(_baseUrl), await _host.CreateUserAsync(AdminRoles.Steward));
        await alice.GotoAsync($"/admin/projects/edit/{id}");
        await bob.GotoAsync($"/admin/projects/edit/{id}");

        await alice.GetByLabel("Title", new() { Exact = true }).FillAsync("Shared kitchen (Alice)");
        await alice.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(alice.Locator("h1"), "Shared kitchen (Alice)");

        await bob.GetByLabel("Title", new() { Exact = true }).FillAsync("Shared kitchen (Bob)");
        await bob.GetByLabel("Description").FillAsync("Bob's careful description");
        await bob.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(bob.Locator("#conflict-title"), "Someone else saved this project while you were editing");
        Assert.Equal("Shared kitchen (Bob)", await bob.Locator("#conflict-table td.mine").InnerTextAsync());
        Assert.Equal("Shared kitchen (Alice)", await bob.Locator("#conflict-table td.saved").InnerTextAsync());
        Assert.Equal("Bob's careful description", await bob.GetByLabel("Description").InputValueAsync());
        await bob.ScreenshotAsync(new() { Path = Screenshot("admin-conflict.png"), FullPage = true });
        Assert.Equal("Shared kitchen (Alice)", await _host.WithDbAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.Title).SingleAsync()));

        // Bob has seen both versions; saving again is his deliberate choice and keeps his text.
        await bob.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(bob.Locator("h1"), "Shared kitchen (Bob)");
    }

    [Fact]
    public async Task AStewardMovesAProjectsDatesForwardAndOpensItAgainByItsGraphQLId()
    {
        if (!browser.Require(output))
        {
            return;
        }

        var id = await _host.WithDbAsync(async db =>
        {
            var project = new Domain.Projects.Project("Seed bank", Domain.Projects.ProjectKind.DevelopmentProject)
                .SetDate(Domain.Projects.ActivityDateType.PlannedStart, Domain.Common.PartialDate.OfYear(2020))
                .SetDate(Domain.Projects.ActivityDateType.PlannedEnd, Domain.Common.PartialDate.OfYear(2021));
            db.Projects.Add(project);
            await db.SaveChangesAsync();
            return project.Id;
        });
        var page = await SignInAsync(await browser.NewContextAsync(_baseUrl), await _host.CreateUserAsync(AdminRoles.Steward));

        await page.GotoAsync($"/admin/projects/details/{id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }).ClickAsync();
        await page.GetByLabel("Planned start").FillAsync("2022");
        await page.GetByLabel("Planned end").FillAsync("2023");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(page.Locator("p.notice"), "Project saved.");
        Assert.Contains("PlannedStart 2022; PlannedEnd 2023", await page.Locator("dl.fields").InnerTextAsync(), StringComparison.Ordinal);
        var saved = await _host.WithDbAsync(db => db.Projects.SingleAsync(p => p.Id == id));
        Assert.Equal(("2022", "2023"), (saved.DateOf(Domain.Projects.ActivityDateType.PlannedStart)!.ToString(), saved.DateOf(Domain.Projects.ActivityDateType.PlannedEnd)!.ToString()));

        var graphQLId = (await page.Locator("code#graphql-id").InnerTextAsync()).Trim();
        Assert.Equal(Api.Schema.Node.GlobalId.Encode("Project", id), graphQLId);
        await page.GotoAsync("/admin");
        await page.GotoAsync($"/admin/go/{graphQLId}");
        await Expect(page.Locator("h1"), "Seed bank");
    }

    [Fact]
    public async Task TheFirstTabStopIsTheSkipLinkAndFocusIsVisible()
    {
        if (!browser.Require(output))
        {
            return;
        }

        var page = await SignInAsync(await browser.NewContextAsync(_baseUrl), await _host.CreateUserAsync(AdminRoles.Steward));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Tab");
        var outline = await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle");
        Assert.Equal("solid", outline);
    }

    /// <summary>
    /// The acceptance: what the steward entered is readable by an anonymous caller of <c>/graphql</c> on the
    /// same live server, with the funding amount and the cited indicator value.
    /// </summary>
    private async Task AssertVisibleInGraphQLAsync(string title)
    {
        const string Query = """
            query Created($title: String!) {
              projects(first: 1, where: { title: { eq: $title } }) {
                nodes {
                  title
                  funding(first: 5) { nodes { amount currency instrument funder { name } } }
                  indicators(first: 2) { nodes { code values { kind value citations { quote source { title } } } } }
                }
              }
            }
            """;
        using var client = new HttpClient { BaseAddress = new Uri(_baseUrl) };
        using var response = await client.PostAsJsonAsync("/graphql", new { query = Query, variables = new { title } });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        var json = JsonNode.Parse(body)!;
        Assert.True(json["errors"] is null, body);

        var project = Assert.Single(json["data"]!["projects"]!["nodes"]!.AsArray())!;
        Assert.Equal(title, project["title"]!.GetValue<string>());
        var funding = Assert.Single(project["funding"]!["nodes"]!.AsArray())!;
        Assert.Equal("setec Foundation", funding["funder"]!["name"]!.GetValue<string>());
        Assert.Equal(5000m, decimal.Parse(funding["amount"]!.GetValue<string>(), CultureInfo.InvariantCulture));
        Assert.Equal("EUR", funding["currency"]!.GetValue<string>());
        Assert.Equal("GRANT", funding["instrument"]!.GetValue<string>());

        var indicator = Assert.Single(project["indicators"]!["nodes"]!.AsArray())!;
        Assert.Equal("SG:BENEFICIARIES", indicator["code"]!.GetValue<string>());
        var value = Assert.Single(indicator["values"]!.AsArray())!;
        Assert.Equal("TARGET", value["kind"]!.GetValue<string>());
        Assert.Equal(1515m, decimal.Parse(value["value"]!.GetValue<string>(), CultureInfo.InvariantCulture));
        var citation = Assert.Single(value["citations"]!.AsArray())!;
        Assert.Equal("Among the 1,515 beneficiaries", citation["quote"]!.GetValue<string>());
        Assert.StartsWith("Supporting women", citation["source"]!["title"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private async Task<IPage> SignInAsync(IBrowserContext context, string email, bool screenshot = false)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin");
        Assert.Contains("/admin/account/login", page.Url, StringComparison.Ordinal);
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(AdminHost.Password);
        if (screenshot)
        {
            await page.ScreenshotAsync(new() { Path = Screenshot("admin-login.png") });
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("h1"), "Dashboard");
        return page;
    }

    private static async Task Expect(ILocator locator, string text)
    {
        await locator.First.WaitForAsync();
        Assert.Equal(text, (await locator.First.InnerTextAsync()).Trim());
    }

    private static string Screenshot(string name)
    {
        var folder = Path.Combine(RepositoryPaths.RepositoryRoot, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
