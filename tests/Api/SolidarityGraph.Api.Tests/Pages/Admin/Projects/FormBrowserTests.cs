using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SolidarityGraph.Api.Auth;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.Api.Tests.Pages.Admin.Records;
using SolidarityGraph.Testing.Browser;
using Xunit.Abstractions;

namespace SolidarityGraph.Api.Tests.Pages.Admin.Projects;

/// <summary>
/// A project created and edited with every field of its form in headless Chromium, references chosen by name, then found
/// in the filtered and sorted list and through the global search, read by an anonymous GraphQL caller, and deleted.
/// Screenshot: <c>artifacts/screenshots/admin-project-form-autocomplete.png</c>.
/// </summary>
public sealed class FormBrowserTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private LiveAdmin _admin = null!;

    public Task InitializeAsync()
    {
        _admin = LiveAdmin.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _admin.DisposeAsync();

    [Fact]
    public async Task AProjectIsCreatedWithEveryFieldEditedFoundInTheListAndTheSearchReadByGraphQLAndDeleted()
    {
        if (!browser.Require(output))
        {
            return;
        }

        var page = await _admin.SignInAsync(await browser.NewContextAsync(_admin.BaseUrl), AdminRoles.Steward);
        await page.GotoAsync("/admin/projects");
        await page.GetByRole(AriaRole.Link, new() { Name = "New project" }).ClickAsync();
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Weaving cooperatives of Cochabamba");
        await page.GetByLabel("Title language").FillAsync("en");
        await page.GetByLabel("Kind").SelectOptionAsync(new SelectOptionValue { Label = "DevelopmentProject" });
        await page.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Implementation" });
        await page.GetByLabel("Status as of").FillAsync("2024-06");
        await page.GetByLabel("Target group (as published)").FillAsync("Women weavers of the valley");
        await page.GetByLabel("Municipalities reached").FillAsync("3");
        await page.GetByLabel("GSEF category").FillAsync("Crafts");
        await page.GetByLabel("Description").FillAsync("Looms and training for weavers.");
        await page.GetByLabel("Planned start").FillAsync("2024-03");
        await page.GetByLabel("Planned end").FillAsync("2026");
        await page.GetByLabel("Alternative titles").FillAsync("es: Cooperativas de tejido de Cochabamba");
        await page.GetByLabel("Objectives (one per line)").FillAsync("Train 40 weavers\nBuy two looms");
        await page.GetByLabel("Components (one per line)").FillAsync("Training\nEquipment");
        await page.GetByLabel("Scope").SelectOptionAsync(new SelectOptionValue { Label = "SubNationalSingle" });
        await page.GetByLabel("IATI identifier").FillAsync("XM-DAC-41114-WEAVE-1");
        await page.GetByLabel("External identifiers").FillAsync("Wikidata: Q4321\nSetecProject: 2024-17");
        await page.GetByLabel("Classifications").FillAsync("SdgGoal: 5\nSdgGoal: 8");
        await page.GetByLabel("Part of (parent project)").FillAsync("Policy Advocacy Project");
        var place = page.GetByLabel("Place 1", new() { Exact = true });
        await place.PressSequentiallyAsync("Cochab");
        Assert.Contains("Cochabamba", await page.EvaluateAsync<string[]>(
            "i => [...i.list.options].map(o => o.value).filter(v => v.toLowerCase().includes(i.value.toLowerCase()))", await place.ElementHandleAsync()));
        await page.ScreenshotAsync(new() { Path = LiveAdmin.Screenshot("admin-project-form-autocomplete.png"), FullPage = true });
        await place.FillAsync("Cochabamba");
        await page.GetByLabel("Place 2", new() { Exact = true }).FillAsync("Bolivia");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create project" }).ClickAsync();
        Assert.Equal("Project created.", (await page.Locator(".notice").InnerTextAsync()).Trim());

        var created = await ProjectAsync("Weaving cooperatives of Cochabamba");
        Assert.Equal(["Train 40 weavers", "Buy two looms"], created["objectives"]!.AsArray().Select(o => o!.GetValue<string>()));
        Assert.Equal("Policy Advocacy Project", created["parent"]!["title"]!.GetValue<string>());
        var id = await _admin.Host.WithDbAsync(db => db.Projects.Where(p => p.Title == "Weaving cooperatives of Cochabamba").Select(p => p.Id).SingleAsync());
        var saved = await _admin.Host.WithDbAsync(db => db.Projects.SingleAsync(p => p.Id == id));
        Assert.Equal(["Training", "Equipment"], saved.Components);
        Assert.Equal((ActivityScope.SubNationalSingle, "XM-DAC-41114-WEAVE-1", "es", "Cooperativas de tejido de Cochabamba"),
            (saved.Scope, saved.IatiIdentifier, saved.AlternativeTitles.Single().Lang, saved.AlternativeTitles.Single().Text));
        Assert.Equal([new ExternalId(ExternalIdScheme.SetecProject, "2024-17"), new ExternalId(ExternalIdScheme.Wikidata, "Q4321")],
            saved.ExternalIds.OrderBy(e => e.Value, StringComparer.Ordinal));
        Assert.Equal(["Bolivia", "Cochabamba"], await PlacesAsync(id));
        Assert.Equal(["5", "8"], await _admin.Host.WithDbAsync(db => db.Classifications.Where(c => c.Subject.Id == id).Select(c => c.Code).OrderBy(c => c).ToListAsync()));

        await page.GotoAsync($"/admin/projects/edit/{id}");
        Assert.Equal("Policy Advocacy Project", await page.GetByLabel("Part of (parent project)").InputValueAsync());
        Assert.Equal("Train 40 weavers\nBuy two looms", await page.GetByLabel("Objectives (one per line)").InputValueAsync());
        await page.GetByLabel("Objectives (one per line)").FillAsync("Train 60 weavers");
        await page.GetByLabel("External identifiers").FillAsync("Wikidata: Q4321");
        await page.GetByLabel("Classifications").FillAsync("SdgGoal: 5");
        await page.GetByLabel("Place 1", new() { Exact = true }).FillAsync(string.Empty);
        await page.GetByLabel("Part of (parent project)").FillAsync(string.Empty);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        Assert.Equal("Project saved.", (await page.Locator(".notice").InnerTextAsync()).Trim());

        var edited = await ProjectAsync("Weaving cooperatives of Cochabamba");
        Assert.Equal(["Train 60 weavers"], edited["objectives"]!.AsArray().Select(o => o!.GetValue<string>()));
        Assert.Null(edited["parent"]);
        Assert.Equal(["Cochabamba"], await PlacesAsync(id));
        Assert.Equal(["5"], await _admin.Host.WithDbAsync(db => db.Classifications.Where(c => c.Subject.Id == id).Select(c => c.Code).ToListAsync()));
        Assert.Single(await _admin.Host.WithDbAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.ExternalIds.Count).ToListAsync()), 1);
        var details = await _admin.Host.WithDbAsync(db => db.Projects.SingleAsync(p => p.Id == id));
        Assert.Equal(("2024-06", "Women weavers of the valley", 3, "Crafts"),
            (details.StatusAsOf?.ToString(), details.TargetGroupText, details.MunicipalityCount, details.GsefCategory));

        var steward = new BrowserSteward(page);
        var rows = await steward.FilteredListAsync("/admin/projects", [("Status", "Implementation"), ("Country", "BO")], "Title");
        Assert.Contains(rows, r => r[0] == "Weaving cooperatives of Cochabamba" && r[1] == "DevelopmentProject" && r[3] == "BO");
        Assert.All(rows, r => Assert.Equal(("Implementation", "BO"), (r[2], r[3])));
        BrowserSteward.AssertDescending(rows, 0);
        Assert.Contains("Weaving cooperatives of Cochabamba", await steward.GlobalSearchAsync("Weaving cooperatives", "Project"));

        await steward.DeleteAsync($"/admin/projects/details/{id}");
        Assert.False(await _admin.Host.WithDbAsync(db => db.Projects.AnyAsync(p => p.Id == id)));
        Assert.Empty((await GraphQLAsync("query($t: String!) { projects(where: { title: { eq: $t } }) { nodes { id } } }", "Weaving cooperatives of Cochabamba"))["projects"]!["nodes"]!.AsArray());
    }

    private Task<List<string>> PlacesAsync(string projectId) =>
        _admin.Host.WithDbAsync(db => (from l in db.ProjectLocations
                                       join p in db.Places on l.PlaceId equals p.Id
                                       where l.ProjectId == projectId
                                       orderby p.Name
                                       select p.Name).ToListAsync());

    private async Task<JsonNode> ProjectAsync(string title) =>
        (await GraphQLAsync("query($t: String!) { projects(where: { title: { eq: $t } }) { nodes { objectives parent { title } } } }", title))["projects"]?["nodes"]?[0]
            ?? throw new InvalidOperationException($"no project {title}");

    private async Task<JsonNode> GraphQLAsync(string query, string title)
    {
        using var client = new HttpClient { BaseAddress = new Uri(_admin.BaseUrl) };
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables = new { t = title } });
        var body = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(body)!["data"] ?? throw new InvalidOperationException(body);
    }
}
