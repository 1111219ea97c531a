using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SolidarityGraph.Api.Auth;
using SolidarityGraph.Testing.Browser;
using Xunit.Abstractions;

namespace SolidarityGraph.Api.Tests.Pages.Admin.Records;

/// <summary>
/// Real Chromium against a real Kestrel server on a fresh seeded file: a steward creates an event and an event series
/// with every field (relations chosen by name), edits them, finds them in the filtered and sorted list, through the
/// global search and through an anonymous <c>/graphql</c> query, and deletes them; two stewards editing one event lose
/// nothing. Screenshot: <c>artifacts/screenshots/admin-event-form.png</c>.
/// </summary>
public sealed class EventBrowserTests(AdminServerFixture server, BrowserFixture browser, ITestOutputHelper output)
    : IClassFixture<AdminServerFixture>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task AStewardCreatesEditsFindsAndDeletesAnEvent()
    {
        if (!browser.Require(output))
        {
            return;
        }

        var steward = await SignInAsync();
        await steward.Page.GotoAsync("/admin/events/create");
        var (series, project) = (await steward.SuggestionAsync("Series"), await steward.SuggestionAsync("Project"));
        var url = await steward.CreateAsync("/admin/events", "New event",
        [
            ("Title", "Quillacollo solidarity fair"), ("Kind", "Fair"), ("Start", "2025-03-14"), ("End", "2025-03-16"),
            ("Place", "Cochabamba"), ("Online event", "true"), ("Series", series), ("Project", project),
            ("Objectives (one per line)", "Show local products\nMeet buyers"),
            ("Audience types (one code per line, e.g. MUNICIPAL_GOV)", "SSE_ACTORS\nMUNICIPAL_GOV"), ("GSEF category", "Fairs"),
        ], "Create event", "Event: Quillacollo solidarity fair");
        Assert.Equal(["Cochabamba"], await steward.LinksOfAsync("PlaceId"));
        Assert.Equal([series], await steward.LinksOfAsync("SeriesId"));
        Assert.Equal([project], await steward.LinksOfAsync("ProjectId"));

        await steward.Page.GotoAsync(url);
        await steward.Page.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }).ClickAsync();
        Assert.Equal("Cochabamba", await steward.Page.GetByLabel("Place", new() { Exact = true }).InputValueAsync());
        await steward.ScreenshotAsync("admin-event-form.png");
        await steward.EditAsync(url, [("Title", "Quillacollo solidarity fair 2025"), ("End", "2025-03-17")], "Event: Quillacollo solidarity fair 2025");

        var rows = await steward.FilteredListAsync("/admin/events",
            [("Kind", "Fair"), ("Starts on or after", "2025-03"), ("Starts on or before", "2025-03-31")], "Start");
        Assert.Contains(rows, r => r[0] == "Quillacollo solidarity fair 2025" && r[3] == "2025-03-17" && r[4] == "Cochabamba");
        Assert.All(rows, r => Assert.Equal("Fair", r[1]));
        Assert.Equal(rows.Select(r => r[2]).OrderDescending(StringComparer.Ordinal), rows.Select(r => r[2]));
        Assert.Contains("Quillacollo solidarity fair 2025", await steward.GlobalSearchAsync("Quillacollo", "Event"));

        var saved = Assert.Single((await server.QueryAnonymouslyAsync("""
            { events(where: { title: { eq: "Quillacollo solidarity fair 2025" } }) { nodes {
                type start { value } end { value } online objectives audienceTypes gsefCategory place { name } series { title } project { title } } } }
            """))["events"]!["nodes"]!.AsArray())!;
        Assert.Equal(("FAIR", "2025-03-14", "2025-03-17", true, "Fairs"), (Text(saved["type"]), Text(saved["start"]!["value"]), Text(saved["end"]!["value"]),
            saved["online"]!.GetValue<bool>(), Text(saved["gsefCategory"])));
        Assert.Equal(["Show local products", "Meet buyers"], Texts(saved["objectives"]));
        Assert.Equal(["SSE_ACTORS", "MUNICIPAL_GOV"], Texts(saved["audienceTypes"]));
        Assert.Equal(("Cochabamba", series, project), (Text(saved["place"]!["name"]), Text(saved["series"]!["title"]), Text(saved["project"]!["title"])));

        await steward.DeleteAsync(url);
        Assert.Empty((await server.QueryAnonymouslyAsync("""{ events(where: { title: { eq: "Quillacollo solidarity fair 2025" } }) { nodes { id } } }"""))["events"]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task AStewardCreatesEditsFindsAndDeletesAnEventSeries()
    {
        if (!browser.Require(output))
        {
            return;
        }

        var steward = await SignInAsync();
        await steward.Page.GotoAsync("/admin/eventseries/create");
        var organiser = await steward.SuggestionAsync("Organiser");
        var url = await steward.CreateAsync("/admin/eventseries", "New event series", [("Title", "Andean SSE forums"), ("Organiser", organiser)],
            "Create event series", "EventSeries: Andean SSE forums");
        Assert.Equal([organiser], await steward.LinksOfAsync("OrganiserId"));
        await steward.EditAsync(url, [("Title", "Andean SSE forums 2025")], "EventSeries: Andean SSE forums 2025");

        var rows = await steward.FilteredListAsync("/admin/eventseries", [("Organiser", organiser)], "Title");
        Assert.Contains(rows, r => r[0] == "Andean SSE forums 2025" && r[1] == organiser && r[2] == "0");
        Assert.All(rows, r => Assert.Equal(organiser, r[1]));
        BrowserSteward.AssertDescending(rows, 0);
        Assert.Contains("Andean SSE forums 2025", await steward.GlobalSearchAsync("Andean SSE", "EventSeries"));

        var saved = Assert.Single((await server.QueryAnonymouslyAsync("""
            { eventSeries(where: { title: { eq: "Andean SSE forums 2025" } }) { nodes { title organiser { name } events { id } } } }
            """))["eventSeries"]!["nodes"]!.AsArray())!;
        Assert.Equal(organiser, Text(saved["organiser"]!["name"]));

        await steward.DeleteAsync(url);
        Assert.Empty((await server.QueryAnonymouslyAsync("""{ eventSeries(where: { title: { eq: "Andean SSE forums 2025" } }) { nodes { id } } }"""))["eventSeries"]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task TwoStewardsEditingTheSameEventLoseNothing()
    {
        if (!browser.Require(output))
        {
            return;
        }

        var id = await server.Host.WithDbAsync(async db =>
        {
            var @event = new Domain.Events.Event("Shared workshop", Domain.Events.EventType.Workshop);
            db.Events.Add(@event);
            await db.SaveChangesAsync();
            return @event.Id;
        });
        var (alice, bob) = (await SignInAsync(), await SignInAsync());
        await alice.Page.GotoAsync($"/admin/events/edit/{id}");
        await bob.Page.GotoAsync($"/admin/events/edit/{id}");

        await alice.FillAsync("Title", "Shared workshop (Alice)");
        await alice.Page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await alice.ExpectHeadingAsync("Event: Shared workshop (Alice)");

        await bob.FillAsync([("Title", "Shared workshop (Bob)"), ("GSEF category", "Bob's category")]);
        await bob.Page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(bob.Page.Locator("#conflict-title")).ToHaveTextAsync("Someone else saved this record while you were editing");
        var title = bob.Page.Locator("#conflict-table tr").Filter(new() { Has = bob.Page.Locator("th:text-is('Title')") });
        Assert.Equal(("Shared workshop (Bob)", "Shared workshop (Alice)"), (await title.Locator("td.mine").InnerTextAsync(), await title.Locator("td.saved").InnerTextAsync()));
        Assert.Equal("Bob's category", await bob.Page.GetByLabel("GSEF category").InputValueAsync());
        var saved = await server.Host.WithDbAsync(db => db.Events.SingleAsync(e => e.Id == id));
        Assert.Equal(("Shared workshop (Alice)", null), (saved.Title, saved.GsefCategory));

        await bob.Page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await bob.ExpectHeadingAsync("Event: Shared workshop (Bob)");
    }

    private async Task<BrowserSteward> SignInAsync() =>
        await BrowserSteward.SignInAsync(await browser.NewContextAsync(server.BaseUrl), await server.Host.CreateUserAsync(AdminRoles.Steward));

    private static string Text(JsonNode? node) => node!.GetValue<string>();

    private static string[] Texts(JsonNode? node) => node!.AsArray().Select(Text).ToArray();
}
