using System.Text.Json.Nodes;
using Microsoft.Playwright;
using SolidarityGraph.Api.Auth;
using SolidarityGraph.Testing.Browser;
using Xunit.Abstractions;

namespace SolidarityGraph.Api.Tests.Pages.Admin.Records;

/// <summary>
/// Real Chromium against a real Kestrel server on a fresh seeded file: a steward creates a training, a campaign and an
/// indicator with every field (relations chosen by name), edits each, finds it in the filtered and sorted list,
/// through the global search and through an anonymous <c>/graphql</c> query, and deletes it. Every create form is
/// usable with the keyboard alone.
/// </summary>
public sealed class ProjectActivityBrowserTests(AdminServerFixture server, BrowserFixture browser, ITestOutputHelper output)
    : IClassFixture<AdminServerFixture>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task AStewardCreatesEditsFindsAndDeletesATraining()
    {
        if (!browser.Require(output))
        {
            return;
        }

        var steward = await SignInAsync();
        await steward.Page.GotoAsync("/admin/trainings/create");
        var project = await steward.SuggestionAsync("Project");
        var (first, second) = (await steward.SuggestionAsync("Delivered by 1"), await steward.SuggestionAsync("Delivered by 1", 1));
        var session = await steward.SuggestionAsync("Session 1");
        var url = await steward.CreateAsync("/admin/trainings", "New training",
        [
            ("Project", project), ("Title", "Bakery cooperative training"), ("Target group", "WomenEntrepreneurs"),
            ("Topics (one per line)", "Bakery\nBookkeeping"), ("Delivered by 1", first), ("Delivered by 2", second), ("Session 1", session),
        ], "Create training", "Training: Bakery cooperative training");
        Assert.Equal([first, second], await steward.LinksOfAsync("DeliveredByOrganisationIds"));
        Assert.Equal([session], await steward.LinksOfAsync("EventIds"));
        Assert.Equal([project], await steward.LinksOfAsync("ProjectId"));

        // Emptying an entry removes that provider.
        await steward.EditAsync(url, [("Title", "Bakery cooperative training 2025"), ("Delivered by 2", "")], "Training: Bakery cooperative training 2025");
        Assert.Equal([first], await steward.LinksOfAsync("DeliveredByOrganisationIds"));

        var rows = await steward.FilteredListAsync("/admin/trainings", [("Target group", "WomenEntrepreneurs"), ("Project", project)], "Title");
        Assert.Contains(rows, r => r[0] == "Bakery cooperative training 2025" && r[1] == project && r[3] == first && r[4] == "1");
        Assert.All(rows, r => Assert.Equal(("WomenEntrepreneurs", project), (r[2], r[1])));
        BrowserSteward.AssertDescending(rows, 0);
        Assert.Contains("Bakery cooperative training 2025", await steward.GlobalSearchAsync("Bakery cooperative", "Training"));

        var saved = Assert.Single((await server.QueryAnonymouslyAsync("""
            { trainings(where: { title: { eq: "Bakery cooperative training 2025" } }) { nodes {
                targetGroup topics project { title } deliveredBy { name } events { title } } } }
            """))["trainings"]!["nodes"]!.AsArray())!;
        Assert.Equal(("WOMEN_ENTREPRENEURS", project), (Text(saved["targetGroup"]), Text(saved["project"]!["title"])));
        Assert.Equal(["Bakery", "Bookkeeping"], Texts(saved["topics"]));
        Assert.Equal([first], saved["deliveredBy"]!.AsArray().Select(o => Text(o!["name"])));
        Assert.Single(saved["events"]!.AsArray());

        await steward.DeleteAsync(url);
        Assert.Empty((await server.QueryAnonymouslyAsync("""{ trainings(where: { title: { eq: "Bakery cooperative training 2025" } }) { nodes { id } } }"""))["trainings"]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task AStewardCreatesEditsFindsAndDeletesACampaign()
    {
        if (!browser.Require(output))
        {
            return;
        }

        var steward = await SignInAsync();
        await steward.Page.GotoAsync("/admin/campaigns/create");
        var (project, launch) = (await steward.SuggestionAsync("Project"), await steward.SuggestionAsync("Launch event"));
        var url = await steward.CreateAsync("/admin/campaigns", "New campaign",
        [
            ("Project", project), ("Name as published", "Fair trade radio week"), ("Name in the original language", "Semana radial del comercio justo"),
            ("Aims (one per line)", "Promote fair trade\nReach rural listeners"), ("Launch event", launch),
            ("Material 1 kind", "RadioSpot"), ("Material 1 title", "Spot one"), ("Material 2 kind", "Leaflet"),
            ("Audiences (one per line)", "families\nmarket vendors"),
        ], "Create campaign", "Campaign: Fair trade radio week");
        Assert.Equal([launch], await steward.LinksOfAsync("LaunchEventId"));

        await steward.EditAsync(url, [("Name as published", "Fair trade radio fortnight"), ("Material 2 title", "Market leaflet")], "Campaign: Fair trade radio fortnight");

        var rows = await steward.FilteredListAsync("/admin/campaigns", [("Material", "RadioSpot")], "Name");
        Assert.Contains(rows, r => r[0] == "Fair trade radio fortnight" && r[1] == "Semana radial del comercio justo" && r[3] == launch
            && r[4] == "RadioSpot: Spot one; Leaflet: Market leaflet");
        Assert.All(rows, r => Assert.Contains("RadioSpot", r[4], StringComparison.Ordinal));
        BrowserSteward.AssertDescending(rows, 0);
        Assert.Contains("Fair trade radio fortnight", await steward.GlobalSearchAsync("radio fortnight", "Campaign"));

        var saved = Assert.Single((await server.QueryAnonymouslyAsync("""
            { campaigns(where: { name: { eq: "Fair trade radio fortnight" } }) { nodes {
                nameOriginal aims audiences materials { type title } launchEvent { title } project { title } } } }
            """))["campaigns"]!["nodes"]!.AsArray())!;
        Assert.Equal(("Semana radial del comercio justo", launch, project), (Text(saved["nameOriginal"]), Text(saved["launchEvent"]!["title"]), Text(saved["project"]!["title"])));
        Assert.Equal(["Promote fair trade", "Reach rural listeners"], Texts(saved["aims"]));
        Assert.Equal(["families", "market vendors"], Texts(saved["audiences"]));
        Assert.Equal(["RADIO_SPOT Spot one", "LEAFLET Market leaflet"], saved["materials"]!.AsArray().Select(m => $"{Text(m!["type"])} {Text(m["title"])}"));

        await steward.DeleteAsync(url);
        Assert.Empty((await server.QueryAnonymouslyAsync("""{ campaigns(where: { name: { eq: "Fair trade radio fortnight" } }) { nodes { id } } }"""))["campaigns"]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task AStewardCreatesEditsFindsAndDeletesAnIndicator()
    {
        if (!browser.Require(output))
        {
            return;
        }

        var steward = await SignInAsync();
        await steward.Page.GotoAsync("/admin/indicators/create");
        var (result, subject) = (await steward.SuggestionAsync("Result"), await steward.SuggestionAsync("Counts (subject)", containing: "(Campaign)"));
        var url = await steward.CreateAsync("/admin/indicators", "New indicator",
        [
            ("Result", result), ("Code", "SG:RADIO_LISTENERS"), ("Title", "Radio listeners reached"), ("Measure", "Unit"),
            ("Unit label", "listeners"), ("Higher is better", "false"), ("Counts (subject)", subject),
            ("Derivation (how rows reproduce the value)", "sum(listener surveys)"),
        ], "Create indicator", "Indicator: Radio listeners reached");
        Assert.Equal([subject.Replace(" (Campaign)", string.Empty, StringComparison.Ordinal)], await steward.LinksOfAsync("Subject"));

        await steward.EditAsync(url, [("Title", "Radio listeners reached (share)"), ("Measure", "Percentage"), ("Unit label", "% of households")],
            "Indicator: Radio listeners reached (share)");

        var rows = await steward.FilteredListAsync("/admin/indicators", [("Measure", "Percentage")], "Code");
        Assert.Contains(rows, r => r[0] == "Radio listeners reached (share)" && r[1] == "SG:RADIO_LISTENERS" && r[3] == "% of households");
        Assert.All(rows, r => Assert.Equal("Percentage", r[2]));
        Assert.Equal(rows.Select(r => r[1]).OrderDescending(StringComparer.OrdinalIgnoreCase), rows.Select(r => r[1]));
        Assert.Contains("Radio listeners reached (share)", await steward.GlobalSearchAsync("SG:RADIO_LISTENERS", "Indicator"));

        var saved = Assert.Single((await server.QueryAnonymouslyAsync("""
            { indicators(where: { code: { eq: "SG:RADIO_LISTENERS" } }) { nodes {
                title measure unitLabel ascending result { title } subject { __typename } } } }
            """))["indicators"]!["nodes"]!.AsArray())!;
        Assert.Equal(("Radio listeners reached (share)", "PERCENTAGE", "% of households", false, "Campaign"), (Text(saved["title"]), Text(saved["measure"]),
            Text(saved["unitLabel"]), saved["ascending"]!.GetValue<bool>(), Text(saved["subject"]!["__typename"])));

        await steward.DeleteAsync(url);
        Assert.Empty((await server.QueryAnonymouslyAsync("""{ indicators(where: { code: { eq: "SG:RADIO_LISTENERS" } }) { nodes { id } } }"""))["indicators"]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task EveryCreateFormIsReachedByTabAndAnEventSeriesIsCreatedWithTheKeyboardAlone()
    {
        if (!browser.Require(output))
        {
            return;
        }

        var steward = await SignInAsync();
        var page = steward.Page;
        foreach (var (url, button) in new[]
        {
            ("/admin/events/create", "Create event"), ("/admin/eventseries/create", "Create event series"), ("/admin/trainings/create", "Create training"),
            ("/admin/campaigns/create", "Create campaign"), ("/admin/indicators/create", "Create indicator"),
        })
        {
            await page.GotoAsync(url);
            var fields = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('main form[method=post] :is(input, select, textarea):not([type=hidden])')].map(e => e.name)");
            var reached = await TabThroughAsync(page, button);
            Assert.True(fields.All(reached.Contains), $"{url}: Tab never reaches {string.Join(", ", fields.Except(reached))}");
            Assert.Equal(button, reached[^1]);
        }

        // Keyboard alone: Tab to each field, type, and press Enter on the button.
        await page.GotoAsync("/admin/eventseries/create");
        var organiser = await steward.SuggestionAsync("Organiser");
        await TabToAsync(page, "Input.Title");
        await page.Keyboard.TypeAsync("Typed series");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(organiser);
        await TabToAsync(page, "Create event series");
        await page.Keyboard.PressAsync("Enter");
        await steward.ExpectHeadingAsync("EventSeries: Typed series");
        Assert.Equal([organiser], await steward.LinksOfAsync("OrganiserId"));
    }

    // The name of each control (or the text of each button) Tab focuses, from the top of the page to the button.
    private static async Task<List<string>> TabThroughAsync(IPage page, string button)
    {
        var reached = new List<string>();
        for (var i = 0; i < 80 && (reached.Count == 0 || reached[^1] != button); i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add(await page.EvaluateAsync<string>("document.activeElement.name || document.activeElement.textContent.trim()"));
        }

        return reached;
    }

    private static async Task TabToAsync(IPage page, string nameOrText)
    {
        for (var i = 0; i < 80; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string>("document.activeElement.name || document.activeElement.textContent.trim()") == nameOrText)
            {
                return;
            }
        }

        Assert.Fail($"Tab never reaches {nameOrText}");
    }

    private async Task<BrowserSteward> SignInAsync() =>
        await BrowserSteward.SignInAsync(await browser.NewContextAsync(server.BaseUrl), await server.Host.CreateUserAsync(AdminRoles.Steward));

    private static string Text(JsonNode? node) => node!.GetValue<string>();

    private static string[] Texts(JsonNode? node) => node!.AsArray().Select(Text).ToArray();
}
