using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Auth;
using SolidarityGraph.Testing.Browser;
using Xunit.Abstractions;

namespace SolidarityGraph.Api.Tests.Pages.Admin.Records;

/// <summary>
/// Real Chromium against a real Kestrel server on a fresh seeded file: a steward creates an organisation, a place, a
/// source, a funding and a participation with every field of their forms (relations chosen by name), edits each,
/// finds it in its filtered list sorted by a column, through the global search (where the type has a name of its own)
/// and through an anonymous <c>/graphql</c> query, and deletes it.
/// </summary>
public sealed class RecordLifecycleBrowserTests(AdminServerFixture server, BrowserFixture browser, ITestOutputHelper output)
    : IClassFixture<AdminServerFixture>, IClassFixture<BrowserFixture>
{
    private const string SourceText = "Informe anual 2023\n\nLas tejedoras vendieron 1.200 ponchos en la feria de Quillacollo.";

    // Every field of each form, in one place; a relation's name is chosen from the field's suggestions by the test.
    private static (string, string)[] OrganisationFields(string parent) =>
    [
        ("Name", "Cooperativa Textil Andina"), ("Kind", "Cooperative"), ("Acronym", "COTEXA"), ("SSE entity type", "Cooperative"),
        ("IATI organisation type", "22"), ("IATI organisation identifier", "BO-NIT-1020304"), ("Legal form (as named locally)", "Cooperativa de producción"),
        ("ESSGLOBAL legal structure", "Cooperative"), ("GSEF actor type", "Producer"), ("Country (ISO 3166-1 alpha-2)", "BO"),
        ("Website", "https://cotexa.example.org/"), ("Description", "Weavers' cooperative of the Cochabamba valley."),
        ("Other names (one per line)", "Textiles Andinos\nCOTEX"), ("Part of (parent organisation)", parent), ("Headquarters (place)", "Cochabamba"),
        ("Founded", "1998-04"), ("Themes (concept codes, one per line)", "fair-trade\ntextiles"),
    ];

    private static readonly (string, string)[] PlaceFields =
    [
        ("Name", "Villa Tunari"), ("Type", "City"), ("Country (ISO 3166-1 alpha-2)", "BO"), ("ISO 3166-2 code", "BO-C"), ("UN M49 code", "068"),
        ("GeoNames id", "3901178"), ("Part of", "Cochabamba"), ("Latitude", "-16.97"), ("Longitude", "-65.42"), ("Population", "72000"),
        ("Population as of", "2012"),
    ];

    private static (string, string)[] SourceFields(string publisher) =>
    [
        ("or paste the document's text", SourceText), ("Language of the text", "es"), ("Title", "Informe anual 2023"),
        ("Publisher (organisation)", publisher), ("URL", "https://example.org/informe-2023"), ("Published", "2024-03"), ("Licence", "CC BY 4.0"),
    ];

    private static (string, string)[] FundingFields(string funder, string recipient) =>
    [
        ("Funder", funder), ("Recipient organisation", recipient), ("Amount (leave empty when unknown)", "12500"), ("Currency (ISO 4217)", "EUR"),
        ("Instrument", "Grant"), ("Flow stage", "Commitment"), ("Date (YYYY, YYYY-MM or YYYY-MM-DD)", "2024-02"), ("Programme", "Andean looms"),
        ("Purpose", "Two looms and a weaving course"),
    ];

    private static readonly (string, string)[] IndicatorValueFields =
    [
        ("Period start", "2023"), ("Period end", "2024-06"), ("As of", "2024-12-31"), ("Place (if narrower than the project)", "Cochabamba"),
        ("Comment", "Counted at the end of the second year."),
    ];

    private static readonly (string, string)[] CitationFields =
    [
        ("Fields the quote supports (one per line, e.g. amount)", "value\nasOf"), ("Rationale (required for derived and curated citations)", "The report states the count for the whole project."),
        ("The quote names a person (personal data)", "false"),
    ];

    private static (string, string)[] ParticipationFields(string organisation) =>
    [
        ("Organisation", organisation), ("Role", "Implementing"), ("Since (YYYY, YYYY-MM or YYYY-MM-DD)", "2023-01"), ("Until (YYYY, YYYY-MM or YYYY-MM-DD)", "2025-12"),
    ];

    [Fact]
    public async Task AStewardCreatesEditsFindsAndDeletesAnOrganisation()
    {
        if (!browser.Require(output))
        {
            return;
        }

        var steward = await SignInAsync();
        await steward.Page.GotoAsync("/admin/organisations/create");
        var parent = await steward.SuggestionAsync("Part of (parent organisation)");
        var url = await steward.CreateAsync("/admin/organisations", "New organisation", OrganisationFields(parent), "Create organisation", "Cooperativa Textil Andina");
        await steward.EditAsync(url, [("Name", "Cooperativa Textil Andina Ltda"), ("Acronym", "COTEXA-L")], "Cooperativa Textil Andina Ltda");

        var rows = await steward.FilteredListAsync("/admin/organisations", [("Kind", "Cooperative"), ("Country", "BO")], "Name");
        Assert.Contains(rows, r => r[0] == "Cooperativa Textil Andina Ltda (COTEXA-L)" && r[1] == "Cooperative" && r[2] == "BO");
        Assert.All(rows, r => Assert.Equal(("Cooperative", "BO"), (r[1], r[2])));
        // The table shows a name with its acronym, "Name (ACRONYM)"; the list sorts by the name.
        BrowserSteward.AssertDescending(rows.Select(r => new[] { Regex.Replace(r[0], @" \([^)]*\)$", string.Empty) }).ToList(), 0);
        Assert.Contains("Cooperativa Textil Andina Ltda", await steward.GlobalSearchAsync("Textil Andina", "Organisation"));

        var saved = await SingleAsync("organisations", "name", "Cooperativa Textil Andina Ltda", """
            acronym altNames kind sseEntityType iatiOrgType iatiOrgRef legalFormLocal essglobalStructure gsefActorType countryCode website
            description foundedOn { value } themes parent { name } headquarters { name }
            """);
        Assert.Equal(("COTEXA-L", "COOPERATIVE", "COOPERATIVE", 22, "BO-NIT-1020304"),
            (Text(saved["acronym"]), Text(saved["kind"]), Text(saved["sseEntityType"]), saved["iatiOrgType"]!.GetValue<int>(), Text(saved["iatiOrgRef"])));
        Assert.Equal(("Cooperativa de producción", "Cooperative", "Producer", "BO", "https://cotexa.example.org/"),
            (Text(saved["legalFormLocal"]), Text(saved["essglobalStructure"]), Text(saved["gsefActorType"]), Text(saved["countryCode"]), Text(saved["website"])));
        Assert.Equal(("Weavers' cooperative of the Cochabamba valley.", "1998-04", parent, "Cochabamba"),
            (Text(saved["description"]), Text(saved["foundedOn"]!["value"]), Text(saved["parent"]!["name"]), Text(saved["headquarters"]!["name"])));
        Assert.Equal(["Textiles Andinos", "COTEX"], Texts(saved["altNames"]));
        Assert.Equal(["fair-trade", "textiles"], Texts(saved["themes"]));

        await steward.DeleteAsync(url);
        await AssertGoneAsync("organisations", "name", "Cooperativa Textil Andina Ltda");
    }

    [Fact]
    public async Task AStewardCreatesEditsFindsAndDeletesAPlace()
    {
        if (!browser.Require(output))
        {
            return;
        }

        var steward = await SignInAsync();
        var url = await steward.CreateAsync("/admin/places", "New place", PlaceFields, "Create place", "Place: Villa Tunari");
        Assert.Equal(["Cochabamba"], await steward.LinksOfAsync("ParentId"));
        await steward.EditAsync(url, [("Name", "Villa Tunari municipality"), ("Population", "73500")], "Place: Villa Tunari municipality");

        var rows = await steward.FilteredListAsync("/admin/places", [("Type", "City"), ("Country", "BO")], "Name");
        Assert.Contains(rows, r => r[0] == "Villa Tunari municipality" && r[1] == "City" && r[2] == "BO" && r[3] == "Cochabamba" && r[4] == "73,500");
        Assert.All(rows, r => Assert.Equal(("City", "BO"), (r[1], r[2])));
        BrowserSteward.AssertDescending(rows, 0);
        Assert.Contains("Villa Tunari municipality", await steward.GlobalSearchAsync("Villa Tunari", "Place"));

        var saved = await SingleAsync("places", "name", "Villa Tunari municipality",
            "type countryCode iso3166_2 m49Code geonamesId point { latitude longitude } population populationAsOf { value } parent { name }");
        Assert.Equal(("CITY", "BO", "BO-C", "068", "Cochabamba"),
            (Text(saved["type"]), Text(saved["countryCode"]), Text(saved["iso3166_2"]), Text(saved["m49Code"]), Text(saved["parent"]!["name"])));
        Assert.Equal((3901178L, -16.97, -65.42, 73500L, "2012"), (Number(saved["geonamesId"]), saved["point"]!["latitude"]!.GetValue<double>(),
            saved["point"]!["longitude"]!.GetValue<double>(), Number(saved["population"]), Text(saved["populationAsOf"]!["value"])));

        await steward.DeleteAsync(url);
        await AssertGoneAsync("places", "name", "Villa Tunari municipality");
    }

    [Fact]
    public async Task AStewardCreatesEditsFindsAndDeletesASource()
    {
        if (!browser.Require(output))
        {
            return;
        }

        var steward = await SignInAsync();
        await steward.Page.GotoAsync("/admin/sources/create");
        var publisher = await steward.SuggestionAsync("Publisher (organisation)");
        var url = await steward.CreateAsync("/admin/sources", "New source", SourceFields(publisher), "Create source", "Informe anual 2023");
        await steward.EditAsync(url, [("Title", "Informe anual 2023 (revisado)"), ("Licence", "CC BY-SA 4.0")], "Informe anual 2023 (revisado)");

        var rows = await steward.FilteredListAsync("/admin/sources", [("Publisher", publisher), ("Language", "es"), ("Text archived", "yes")], "Title");
        Assert.Contains(rows, r => r[0] == "Informe anual 2023 (revisado)" && r[1] == publisher && r[2] == "es" && r[3] == "2024-03" && r[4] == "yes");
        Assert.All(rows, r => Assert.Equal((publisher, "es", "yes"), (r[1], r[2], r[4])));
        BrowserSteward.AssertDescending(rows, 0);
        Assert.Contains("Informe anual 2023 (revisado)", await steward.GlobalSearchAsync("Informe anual", "Source"));

        var saved = await SingleAsync("sources", "title", "Informe anual 2023 (revisado)",
            "url language publishedAt { value } license publisher { name }");
        Assert.Equal(("https://example.org/informe-2023", "es", "2024-03", "CC BY-SA 4.0", publisher), (Text(saved["url"]), Text(saved["language"]),
            Text(saved["publishedAt"]!["value"]), Text(saved["license"]), Text(saved["publisher"]!["name"])));
        // The archived text is for signed-in callers only; the database holds it as pasted.
        Assert.Equal(SourceText, await server.Host.WithDbAsync(db => db.Sources.Where(s => s.Title == "Informe anual 2023 (revisado)").Select(s => s.ArchivedText).SingleAsync()));

        await steward.DeleteAsync(url);
        await AssertGoneAsync("sources", "title", "Informe anual 2023 (revisado)");
    }

    [Fact]
    public async Task AStewardLinksAFunderEditsFindsAndRemovesTheFunding()
    {
        if (!browser.Require(output))
        {
            return;
        }

        var (steward, projectUrl) = (await SignInAsync(), await NewProjectAsync("Looms for Quillacollo"));
        await steward.Page.GotoAsync(projectUrl.Replace("/projects/details/", "/fundings/create?projectId=", StringComparison.Ordinal));
        var (funder, recipient) = (await steward.SuggestionAsync("Funder"), await steward.SuggestionAsync("Recipient organisation", 1));
        await steward.CreateAsync(projectUrl, "Link a funder", FundingFields(funder, recipient), "Link funder", "Looms for Quillacollo");

        (string, string)[] filters = [("Funder", funder), ("Project", "Looms for Quillacollo"), ("Currency", "EUR"), ("Instrument", "Grant"), ("Flow stage", "Commitment")];
        await steward.FilteredListAsync("/admin/fundings", filters, "Amount");
        var url = await steward.RecordUrlInListAsync(funder);
        await steward.EditAsync(url, [("Amount (leave empty when unknown)", "13000"), ("Programme", "Andean looms II")], "Looms for Quillacollo");

        var rows = await steward.FilteredListAsync("/admin/fundings", filters, "Amount");
        var row = Assert.Single(rows);
        Assert.Equal([funder, recipient, "Looms for Quillacollo", "13,000", "EUR", "Grant", "Commitment", "2024-02", "Andean looms II"], row[..9]);

        var saved = Assert.Single((await ProjectAsync("Looms for Quillacollo",
            "funding(first: 5) { nodes { amount currency instrument flowStage date { value } programme purpose funder { name } recipient { name } } }"))["funding"]!["nodes"]!.AsArray())!;
        Assert.Equal((13000m, "EUR", "GRANT", "COMMITMENT", "2024-02"), (decimal.Parse(saved["amount"]!.ToString(), CultureInfo.InvariantCulture),
            Text(saved["currency"]), Text(saved["instrument"]), Text(saved["flowStage"]), Text(saved["date"]!["value"])));
        Assert.Equal(("Andean looms II", "Two looms and a weaving course", funder, recipient),
            (Text(saved["programme"]), Text(saved["purpose"]), Text(saved["funder"]!["name"]), Text(saved["recipient"]!["name"])));

        await steward.DeleteAsync(url);
        Assert.Empty((await ProjectAsync("Looms for Quillacollo", "funding(first: 5) { nodes { id } }"))["funding"]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task AStewardAddsAParticipantEditsFindsAndRemovesTheParticipation()
    {
        if (!browser.Require(output))
        {
            return;
        }

        var (steward, projectUrl) = (await SignInAsync(), await NewProjectAsync("Weavers' market in Sacaba"));
        await steward.Page.GotoAsync(projectUrl.Replace("/projects/details/", "/participations/create?projectId=", StringComparison.Ordinal));
        var organisation = await steward.SuggestionAsync("Organisation");
        await steward.CreateAsync(projectUrl, "Add a participant", ParticipationFields(organisation), "Add participant", "Weavers' market in Sacaba");

        (string, string)[] filters = [("Organisation", organisation), ("Project", "Weavers' market in Sacaba"), ("Role", "Implementing")];
        await steward.FilteredListAsync("/admin/participations", filters, "Since");
        var url = await steward.RecordUrlInListAsync(organisation);
        await steward.EditAsync(url, [("Until (YYYY, YYYY-MM or YYYY-MM-DD)", "2026-06")], "Weavers' market in Sacaba");

        var row = Assert.Single(await steward.FilteredListAsync("/admin/participations", filters, "Since"));
        Assert.Equal([organisation, "Weavers' market in Sacaba", "Implementing", "2023-01", "2026-06"], row[..5]);

        var saved = Assert.Single((await ProjectAsync("Weavers' market in Sacaba",
            "participations(first: 5) { nodes { role since { value } until { value } organisation { name } } }"))["participations"]!["nodes"]!.AsArray())!;
        Assert.Equal(("IMPLEMENTING", "2023-01", "2026-06", organisation),
            (Text(saved["role"]), Text(saved["since"]!["value"]), Text(saved["until"]!["value"]), Text(saved["organisation"]!["name"])));

        await steward.DeleteAsync(url);
        Assert.Empty((await ProjectAsync("Weavers' market in Sacaba", "participations(first: 5) { nodes { id } }"))["participations"]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task AStewardQualifiesAnIndicatorValueRevisesItsCitationAndRemovesBoth()
    {
        if (!browser.Require(output))
        {
            return;
        }

        // Values and citations are created from a project's page with the citation picker (BrowserTests, CitationBrowserTests);
        // here a seeded, cited value is edited with every field of its form, read anonymously and removed.
        var (valueId, citationId, kind, source) = await server.Host.WithDbAsync(async db =>
        {
            var citation = await db.Citations.Where(c => c.Subject.Id != null && !c.IsStewardOnly && !c.ContainsPersonalData && c.Assertion == Domain.Sources.AssertionKind.Stated)
                .Join(db.IndicatorValues, c => c.Subject.Id, v => v.Id, (c, v) => new { c.Id, c.SourceId, ValueId = v.Id, v.Kind }).OrderBy(c => c.Id).FirstAsync();
            var source = await db.Sources.Where(s => s.Id == citation.SourceId).Select(s => s.Title).SingleAsync();
            return (citation.ValueId, citation.Id, citation.Kind.ToString(), source);
        });
        var steward = await SignInAsync();
        var valueUrl = $"/admin/browse/indicator-value/{valueId}";
        await steward.Page.GotoAsync(valueUrl);
        var heading = (await steward.Page.Locator("h1").InnerTextAsync()).Trim();
        await steward.EditAsync(valueUrl, IndicatorValueFields, heading);
        await steward.Page.GotoAsync($"/admin/citations/edit/{citationId}");
        await steward.FillAsync(CitationFields);
        await steward.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Microsoft.Playwright.Assertions.Expect(steward.Page.Locator("p.notice")).ToHaveTextAsync("Citation saved.");

        // Both lists show the edited records, filtered and sorted; each row links to its record.
        var values = await steward.FilteredListAsync("/admin/indicatorvalues", [("Kind", kind)], "As of");
        var valueRow = Assert.Single(values, r => r.Contains("2024-12-31"));
        Assert.Contains(valueRow, cell => cell.Contains("Cochabamba", StringComparison.Ordinal));
        var asOf = values.Select(r => r[6]).Where(d => d != "—").ToList(); // partial dates: text order is date order
        Assert.Equal(asOf.OrderByDescending(d => d, StringComparer.Ordinal), asOf);
        var citations = await steward.FilteredListAsync("/admin/citations", [("Source", source), ("Assertion", "Stated"), ("Personal data", "no")], "Supports");
        Assert.Contains(citations, r => r.Contains("value, asOf"));
        Assert.All(citations, r => Assert.Equal(("Stated", "no"), (r[4], r[5])));
        Assert.Equal(citations.Select(r => r[3]).OrderByDescending(t => t.ToUpperInvariant(), StringComparer.Ordinal), citations.Select(r => r[3]));

        var value = (await server.QueryAnonymouslyAsync($$"""
            { node(id: "{{Api.Schema.Node.GlobalId.Encode("IndicatorValue", valueId)}}") { ... on IndicatorValue {
                periodStart { value } periodEnd { value } asOf { value } place { name } comment citations { id supports rationale } } } }
            """))["node"]!;
        Assert.Equal(("2023", "2024-06", "2024-12-31", "Cochabamba", "Counted at the end of the second year."), (Text(value["periodStart"]!["value"]),
            Text(value["periodEnd"]!["value"]), Text(value["asOf"]!["value"]), Text(value["place"]!["name"]), Text(value["comment"])));
        var citation = Assert.Single(value["citations"]!.AsArray(), c => Text(c!["id"]) == Api.Schema.Node.GlobalId.Encode("Citation", citationId))!;
        Assert.Equal(["value", "asOf"], Texts(citation["supports"]));
        Assert.Equal("The report states the count for the whole project.", Text(citation["rationale"]));

        await steward.DeleteAsync($"/admin/browse/citation/{citationId}");
        await steward.DeleteAsync(valueUrl);
        Assert.Null((await server.QueryAnonymouslyAsync($$"""{ node(id: "{{Api.Schema.Node.GlobalId.Encode("IndicatorValue", valueId)}}") { id } }"""))["node"]);
        Assert.False(await server.Host.WithDbAsync(db => db.Citations.IgnoreQueryFilters().AnyAsync(c => c.Id == citationId)));
    }

    // A project of its own for the records a project page adds, so the lists and GraphQL show only the test's records.
    private async Task<string> NewProjectAsync(string title) => await server.Host.WithDbAsync(async db =>
    {
        var project = new Domain.Projects.Project(title, Domain.Projects.ProjectKind.DevelopmentProject);
        db.Projects.Add(project);
        await db.SaveChangesAsync();
        return $"/admin/projects/details/{project.Id}";
    });

    private async Task<JsonNode> ProjectAsync(string title, string selection) =>
        await SingleAsync("projects", "title", title, selection);

    private async Task<JsonNode> SingleAsync(string list, string field, string value, string selection) =>
        Assert.Single((await server.QueryAnonymouslyAsync($$"""{ {{list}}(where: { {{field}}: { eq: "{{value}}" } }) { nodes { {{selection}} } } }"""))[list]!["nodes"]!.AsArray())!;

    private async Task AssertGoneAsync(string list, string field, string value) =>
        Assert.Empty((await server.QueryAnonymouslyAsync($$"""{ {{list}}(where: { {{field}}: { eq: "{{value}}" } }) { nodes { id } } }"""))[list]!["nodes"]!.AsArray());

    private async Task<BrowserSteward> SignInAsync() =>
        await BrowserSteward.SignInAsync(await browser.NewContextAsync(server.BaseUrl), await server.Host.CreateUserAsync(AdminRoles.Steward));

    private static string Text(JsonNode? node) => node!.GetValue<string>();

    private static string[] Texts(JsonNode? node) => node!.AsArray().Select(Text).ToArray();

    private static long Number(JsonNode? node) => long.Parse(node!.ToString(), CultureInfo.InvariantCulture);
}
