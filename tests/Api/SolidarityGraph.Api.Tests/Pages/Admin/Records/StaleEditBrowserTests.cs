using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SolidarityGraph.Api.Auth;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Testing.Browser;
using Xunit.Abstractions;

namespace SolidarityGraph.Api.Tests.Pages.Admin.Records;

/// <summary>
/// Real Chromium against a real Kestrel server on a fresh seeded file: for every record type with an edit page, two
/// stewards open the same seeded record; the first saves; the second's save shows both versions, keeps the second
/// steward's form and saves nothing; saving again after seeing both is a deliberate choice and is kept. (Projects and
/// events have their own such tests, in <see cref="BrowserTests"/> and <see cref="EventBrowserTests"/>.)
/// </summary>
public sealed partial class StaleEditBrowserTests(AdminServerFixture server, BrowserFixture browser, ITestOutputHelper output)
    : IClassFixture<AdminServerFixture>, IClassFixture<BrowserFixture>
{
    /// <summary>Per edit folder: the field both stewards change, what each types, and the seeded record and value behind it.</summary>
    private static readonly Dictionary<string, StaleEdit> Edits = new()
    {
        ["eventseries"] = new("Title", db => db.EventSeries.Select(e => e.Id), (db, id) => Read(db.EventSeries, id, e => e.Title)),
        ["trainings"] = new("Title", db => db.Trainings.Select(e => e.Id), (db, id) => Read(db.Trainings, id, e => e.Title)),
        ["campaigns"] = new("Name as published", db => db.Campaigns.Select(e => e.Id), (db, id) => Read(db.Campaigns, id, e => e.Name)),
        ["indicators"] = new("Title", db => db.Indicators.Select(e => e.Id), (db, id) => Read(db.Indicators, id, e => e.Title)),
        ["places"] = new("Name", db => db.Places.Select(e => e.Id), (db, id) => Read(db.Places, id, e => e.Name)),
        ["organisations"] = new("Name", db => db.Organisations.Select(e => e.Id), (db, id) => Read(db.Organisations, id, e => e.Name)),
        ["sources"] = new("Title", db => db.Sources.Select(e => e.Id), (db, id) => Read(db.Sources, id, e => e.Title)),
        ["fundings"] = new("Amount (leave empty when unknown)", db => db.Fundings.Where(f => f.Currency != null).Select(e => e.Id),
            (db, id) => Read(db.Fundings, id, e => e.Amount!.Value.ToString("0.##", CultureInfo.InvariantCulture)))
        { Alice = "1111", Bob = "2222" },
        ["participations"] = new("Since (YYYY, YYYY-MM or YYYY-MM-DD)", db => db.Participations.Select(e => e.Id),
            (db, id) => Read(db.Participations, id, e => e.Since!.ToString()!))
        { Alice = "1991", Bob = "1992" },
        ["indicatorvalues"] = new("Comment", db => db.IndicatorValues.Select(e => e.Id), (db, id) => Read(db.IndicatorValues, id, e => e.Comment ?? string.Empty)),
        ["citations"] = new("Rationale (required for derived and curated citations)", db => db.Citations.Where(c => !c.IsStewardOnly).Select(e => e.Id),
            (db, id) => Read(db.Citations, id, e => e.Rationale ?? string.Empty)),
    };

    public static TheoryData<string> Folders => new(Edits.Keys);

    [Theory]
    [MemberData(nameof(Folders))]
    public async Task AStaleEditShowsBothVersionsAndSavesNothing(string folder)
    {
        if (!browser.Require(output))
        {
            return;
        }

        var edit = Edits[folder];
        var id = await server.Host.WithDbAsync(db => edit.Records(db).OrderBy(i => i).FirstAsync());
        var (alice, bob) = (await SignInAsync(), await SignInAsync());
        await alice.Page.GotoAsync($"/admin/{folder}/edit/{id}");
        await bob.Page.GotoAsync($"/admin/{folder}/edit/{id}");

        await alice.FillAsync(edit.Label, edit.Alice);
        await SaveAsync(alice);
        await Assertions.Expect(alice.Page).Not.ToHaveURLAsync(EditPage());
        Assert.Equal(edit.Alice, await server.Host.WithDbAsync(db => edit.Value(db, id)));

        await bob.FillAsync(edit.Label, edit.Bob);
        await SaveAsync(bob);

        await Assertions.Expect(bob.Page.Locator("#conflict-title")).ToContainTextAsync("while you were editing");
        var row = bob.Page.Locator("#conflict-table tbody tr").Filter(new() { Has = bob.Page.Locator("td.mine", new() { HasText = edit.Bob }) });
        await Assertions.Expect(row.Locator("td.saved")).ToContainTextAsync(edit.Alice);
        Assert.Equal(edit.Bob, await bob.Page.GetByLabel(edit.Label, new() { Exact = true }).InputValueAsync());
        Assert.Equal(edit.Alice, await server.Host.WithDbAsync(db => edit.Value(db, id)));

        // Bob has seen both versions; saving again is his deliberate choice and keeps his value.
        await SaveAsync(bob);
        await Assertions.Expect(bob.Page).Not.ToHaveURLAsync(EditPage());
        Assert.Equal(edit.Bob, await server.Host.WithDbAsync(db => edit.Value(db, id)));
    }

    private static Task SaveAsync(BrowserSteward steward) =>
        steward.Page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

    private static async Task<string> Read<T>(IQueryable<T> set, string id, Func<T, string> value)
        where T : Domain.Common.EntityBase => value(await set.AsNoTracking().SingleAsync(e => e.Id == id));

    private async Task<BrowserSteward> SignInAsync() =>
        await BrowserSteward.SignInAsync(await browser.NewContextAsync(server.BaseUrl), await server.Host.CreateUserAsync(AdminRoles.Steward));

    [GeneratedRegex("/edit/")]
    private static partial Regex EditPage();

    /// <summary>The field (by label) two stewards change, the records it can be tried on, and its saved value.</summary>
    private sealed record StaleEdit(string Label, Func<SolidarityGraphDbContext, IQueryable<string>> Records, Func<SolidarityGraphDbContext, string, Task<string>> Value)
    {
        public string Alice { get; init; } = "Saved first (Alice)";

        public string Bob { get; init; } = "Saved second (Bob)";
    }
}
