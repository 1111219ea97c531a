using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;
using SolidarityGraph.Api.Tests.Schema.Mutations;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.People;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Api.Tests.Schema.Privacy;

/// <summary>
/// The data of <see cref="QuotePrivacyTests"/>, created once: one source quoted by a public citation, two citations
/// marked as personal data (they name entrepreneurs) and two steward-only ones (of an entrepreneur, and of a contact's
/// e-mail), on a seeded database.
/// </summary>
public sealed class QuotePrivacyFixture : IAsyncLifetime
{
    public const string Text =
        "Zoe Albarracín lives at 12 Calle Mayor street, Cusco. Ana Beltrán lives at 4 Jirón Unión street. "
        + "The cooperative trained 40 women. Write to the coordinator at coop@example.org.";

    public MutationHost Host { get; } = new();

    public string Source { get; private set; } = "";

    public string SourceTitle { get; } = "Field visit notes " + Guid.NewGuid().ToString("N")[..6];

    public string Project { get; private set; } = "";

    public string Contact { get; private set; } = "";

    public string Public { get; private set; } = "";

    public string Zoe { get; private set; } = "";

    public string Ana { get; private set; } = "";

    public string OfEntrepreneur { get; private set; } = "";

    public string OfEmail { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Source = await Host.CreateSourceAsync(SourceTitle, Text);
        var source = await Host.WithDbAsync(db => db.Sources.FindAsync(MutationHost.Key(Source)).AsTask());
        var project = new Project("Bakery cooperative", ProjectKind.DevelopmentProject);
        var zoe = new Entrepreneur("E-1", new Consent(DateTime.UtcNow, ["programme records"])).Describe(fullName: "Zoe Albarracín");
        var ana = new Entrepreneur("E-2", new Consent(DateTime.UtcNow, ["programme records"])).Describe(fullName: "Ana Beltrán");
        var contact = new PublicContact("Rosa Cutipa");
        await SaveAsync(project, zoe, ana, contact);

        // One save each, so ids (ULIDs) follow this order: the marked Zoe quote sorts before the Ana one by id only.
        Public = await CiteAsync(SourceText.StateVerified(source!, project.AsSubject(), "The cooperative trained 40 women.", "title"));
        Zoe = await CiteAsync(SourceText.StateVerified(source!, project.AsSubject(), "Zoe Albarracín lives at 12 Calle Mayor street", "description").MarkPersonalData(true));
        Ana = await CiteAsync(SourceText.StateVerified(source!, project.AsSubject(), "Ana Beltrán lives at 4 Jirón Unión street", "description").MarkPersonalData(true));
        OfEntrepreneur = await CiteAsync(SourceText.StateVerified(source!, zoe.AsSubject(), "Zoe Albarracín lives at 12 Calle Mayor street, Cusco", "fullName").MarkPersonalData(true));
        OfEmail = await CiteAsync(SourceText.StateVerified(source!, contact.AsSubject(), "Write to the coordinator at coop@example.org", "email"));
        Project = MutationHost.Id("Project", project.Id);
        Contact = MutationHost.Id("PublicContact", contact.Id);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    private Task SaveAsync(params EntityBase[] entities) => Host.WithDbAsync(async db =>
    {
        db.AddRange(entities);
        return await db.SaveChangesAsync();
    });

    private async Task<string> CiteAsync(Citation citation)
    {
        await SaveAsync(citation);
        await Task.Delay(5); // the next id is later in time
        return MutationHost.Id("Citation", citation.Id);
    }
}

/// <summary>
/// Every path to a quote, for an anonymous caller, a partner and a steward: a node's <c>citations</c>,
/// <c>Source.quotes</c>, <c>node(id:)</c> on the citation, <c>search</c>, filters, sorts and cursors on quote text, and
/// counts (data: <see cref="QuotePrivacyFixture"/>).
/// </summary>
public sealed class QuotePrivacyTests(QuotePrivacyFixture fixture) : IClassFixture<QuotePrivacyFixture>
{
    private const string CitationFields = "id quote charStart charEnd containsPersonalData quoteRedaction";

    /// <summary>Callers as (user, role); a null user is anonymous.</summary>
    public static readonly TheoryData<string?, string> NonStewards = new() { { null, "" }, { "partner.app", "Partner" } };

    private readonly MutationHost _host = fixture.Host;
    private readonly string _source = fixture.Source, _project = fixture.Project, _contact = fixture.Contact, _public = fixture.Public,
        _zoe = fixture.Zoe, _ana = fixture.Ana, _ofEntrepreneur = fixture.OfEntrepreneur, _ofEmail = fixture.OfEmail;

    [Theory]
    [MemberData(nameof(NonStewards))]
    public async Task NodeByIdGivesAMarkedCitationWithoutItsTextAndNoStewardOnlyCitationAtAll(string? user, string role)
    {
        var data = await DataAsync($"{{ zoe: node(id: \"{_zoe}\") {{ ... on Citation {{ {CitationFields} }} }} "
            + $"entrepreneur: node(id: \"{_ofEntrepreneur}\") {{ id }} email: node(id: \"{_ofEmail}\") {{ id }} "
            + $"many: nodes(ids: [\"{_ofEmail}\", \"{_public}\"]) {{ id }} }}", user, role);

        AssertRedacted(data["zoe"]!, _zoe);
        Assert.Null(data["entrepreneur"]);
        Assert.Null(data["email"]);
        Assert.Null(data["many"]![0]);
        Assert.Equal(_public, data["many"]![1]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task AStewardReadsEveryQuoteByNodeId()
    {
        var data = await DataAsync($"{{ zoe: node(id: \"{_zoe}\") {{ ... on Citation {{ {CitationFields} }} }} "
            + $"email: node(id: \"{_ofEmail}\") {{ ... on Citation {{ quote }} }} }}", MutationHost.Steward, "Steward");

        Assert.Equal("Zoe Albarracín lives at 12 Calle Mayor street", data["zoe"]!["quote"]!.GetValue<string>());
        Assert.Equal(0, data["zoe"]!["charStart"]!.GetValue<int>());
        Assert.True(data["zoe"]!["containsPersonalData"]!.GetValue<bool>());
        Assert.Null(data["zoe"]!["quoteRedaction"]);
        Assert.Equal("Write to the coordinator at coop@example.org", data["email"]!["quote"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(NonStewards))]
    public async Task ANodesCitationsAndSourceQuotesRedactMarkedQuotesAndLeaveOutStewardOnlyOnes(string? user, string role)
    {
        var data = await DataAsync(Lists(), user, role);

        var ofProject = (JsonArray)data["project"]!["citations"]!;
        Assert.Equal(new[] { _public, _zoe, _ana }.Order(), ofProject.Select(c => c!["id"]!.GetValue<string>()).Order());
        Assert.Equal("The cooperative trained 40 women.", ofProject.Single(c => c!["id"]!.GetValue<string>() == _public)!["quote"]!.GetValue<string>());
        AssertRedacted(ofProject.Single(c => c!["id"]!.GetValue<string>() == _zoe)!, _zoe);
        AssertRedacted(ofProject.Single(c => c!["id"]!.GetValue<string>() == _ana)!, _ana);
        Assert.Empty((JsonArray)data["contact"]!["citations"]!);

        var quotes = data["source"]!["quotes"]!;
        Assert.Equal(3, quotes["totalCount"]!.GetValue<int>());
        Assert.Equal(2, ((JsonArray)quotes["nodes"]!).Count(q => q!["quote"] is null && q["quoteRedaction"]!.GetValue<string>() == "PERSONAL_DATA"));
        Assert.DoesNotContain("Calle", data.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("coop@example.org", data.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStewardSeesEveryCitationOfTheSource()
    {
        var data = await DataAsync(Lists(), MutationHost.Steward, "Steward");

        Assert.Equal(5, data["source"]!["quotes"]!["totalCount"]!.GetValue<int>());
        Assert.All((JsonArray)data["source"]!["quotes"]!["nodes"]!, q => Assert.NotNull(q!["quote"]));
        Assert.Single((JsonArray)data["contact"]!["citations"]!);
    }

    [Theory]
    [MemberData(nameof(NonStewards))]
    public async Task FiltersOnQuoteTextDoNotFindWithheldQuotes(string? user, string role)
    {
        var data = await DataAsync(Filters(), user, role);

        Assert.Equal(0, data["root"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, data["quotes"]!["quotes"]!["totalCount"]!.GetValue<int>());
        Assert.Empty((JsonArray)data["quotes"]!["quotes"]!["nodes"]!);
        Assert.Equal(0, data["byName"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, data["bySpan"]!["quotes"]!["totalCount"]!.GetValue<int>());
        // A withheld quote reads as null, which is what its redaction already tells.
        Assert.Equal(2, data["nulls"]!["quotes"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task AStewardFiltersOnEveryQuote()
    {
        var data = await DataAsync(Filters(), MutationHost.Steward, "Steward");

        Assert.Equal(3, data["root"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(3, data["quotes"]!["quotes"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(3, data["byName"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(2, data["bySpan"]!["quotes"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, data["nulls"]!["quotes"]!["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [MemberData(nameof(NonStewards))]
    public async Task SortingByQuoteOrdersWithheldQuotesAsNullsAndTheirCursorsHoldNoText(string? user, string role)
    {
        var data = await DataAsync(Sorted(), user, role);

        var edges = (JsonArray)data["source"]!["quotes"]!["edges"]!;
        // By text the order would be Ana, The cooperative, Zoe; withheld quotes sort as nulls, then by id.
        Assert.Equal([_zoe, _ana, _public], edges.Select(e => e!["node"]!["id"]!.GetValue<string>()).ToArray());
        foreach (var edge in edges)
        {
            var cursor = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(edge!["cursor"]!.GetValue<string>()));
            Assert.DoesNotContain("lives at", cursor, StringComparison.Ordinal);
        }

        var after = await DataAsync(Sorted($", after: \"{edges[0]!["cursor"]}\""), user, role);
        Assert.Equal([_ana, _public], ((JsonArray)after["source"]!["quotes"]!["edges"]!).Select(e => e!["node"]!["id"]!.GetValue<string>()).ToArray());
    }

    [Fact]
    public async Task AStewardSortsByTheQuoteText()
    {
        var data = await DataAsync(Sorted(), MutationHost.Steward, "Steward");

        var ids = ((JsonArray)data["source"]!["quotes"]!["edges"]!).Select(e => e!["node"]!["id"]!.GetValue<string>()).ToArray();
        Assert.Equal([_ana, _public, _ofEmail, _zoe, _ofEntrepreneur], ids);
    }

    [Theory]
    [MemberData(nameof(NonStewards))]
    public async Task SearchNeverMatchesQuotesAndItsSourcesQuoteAsEverywhere(string? user, string role)
    {
        var data = await DataAsync(
            "query($street: String!, $title: String!) { street: search(text: $street) { __typename } "
            + "title: search(text: $title) { ... on Source { quotes { totalCount nodes { quote quoteRedaction } } } } }",
            user, role, new { street = "Calle Mayor", title = fixture.SourceTitle });

        Assert.Empty((JsonArray)data["street"]!);
        var quotes = data["title"]![0]!["quotes"]!;
        Assert.Equal(3, quotes["totalCount"]!.GetValue<int>());
        Assert.Equal(2, ((JsonArray)quotes["nodes"]!).Count(q => q!["quote"] is null));
    }

    [Fact]
    public async Task CountsOfEveryCitationLeaveOutStewardOnlyOnesForOthers()
    {
        const string Query = "{ citations { totalCount } marked: citations(where: { containsPersonalData: { eq: true } }) { totalCount } }";

        var anonymous = await DataAsync(Query, null, "");
        var partner = await DataAsync(Query, "partner.app", "Partner");
        var steward = await DataAsync(Query, MutationHost.Steward, "Steward");

        var all = steward["citations"]!["totalCount"]!.GetValue<int>();
        Assert.Equal(all - 2, anonymous["citations"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(all - 2, partner["citations"]!["totalCount"]!.GetValue<int>());
        // The seeded quotes naming public contacts (8) are marked too; the entrepreneur's marked one is steward-only.
        Assert.Equal(steward["marked"]!["totalCount"]!.GetValue<int>() - 1, anonymous["marked"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task ARootListSentAgainAnswersEachCallerWithTheRowsItMaySee()
    {
        // The same text reaches the same cached plan and compiled statement; the steward-only filter is each caller's own.
        const string Query = "{ citations(first: 50, where: { containsPersonalData: { eq: true } }) { nodes { id } } }";
        foreach (var steward in new[] { false, true, false, true })
        {
            var data = steward ? await DataAsync(Query, MutationHost.Steward, "Steward") : await DataAsync(Query, null, "");

            var ids = ((JsonArray)data["citations"]!["nodes"]!).Select(n => n!["id"]!.GetValue<string>()).ToList();
            Assert.Contains(_zoe, ids);
            Assert.Equal(steward, ids.Contains(_ofEntrepreneur));
        }
    }

    private string Lists() =>
        $"{{ project: node(id: \"{_project}\") {{ ... on Project {{ citations {{ {CitationFields} }} }} }} "
        + $"contact: node(id: \"{_contact}\") {{ ... on PublicContact {{ citations {{ id quote }} }} }} "
        + $"source: node(id: \"{_source}\") {{ ... on Source {{ quotes(first: 10) {{ totalCount nodes {{ {CitationFields} }} }} }} }} }}";

    private string Filters() =>
        "{ root: citations(where: { quote: { contains: \"lives at\" } }) { totalCount nodes { id } } "
        + $"quotes: node(id: \"{_source}\") {{ ... on Source {{ quotes(where: {{ quote: {{ contains: \"lives at\" }} }}) {{ totalCount nodes {{ id }} }} }} }} "
        + "byName: citations(where: { or: [{ quote: { startsWith: \"Zoe\" } }, { quote: { startsWith: \"Ana Beltr\" } }] }) { totalCount } "
        + $"bySpan: node(id: \"{_source}\") {{ ... on Source {{ quotes(where: {{ charStart: {{ eq: 0 }} }}) {{ totalCount }} }} }} "
        + $"nulls: node(id: \"{_source}\") {{ ... on Source {{ quotes(where: {{ quote: {{ eq: null }} }}) {{ totalCount }} }} }} }}";

    private string Sorted(string after = "") =>
        $"{{ source: node(id: \"{_source}\") {{ ... on Source {{ quotes(first: 10, order: [{{ quote: ASC }}]{after}) {{ edges {{ cursor node {{ id quote }} }} }} }} }} }}";

    private static void AssertRedacted(JsonNode citation, string id)
    {
        Assert.Equal(id, citation["id"]!.GetValue<string>());
        Assert.Null(citation["quote"]);
        Assert.Null(citation["charStart"]);
        Assert.Null(citation["charEnd"]);
        Assert.True(citation["containsPersonalData"]!.GetValue<bool>());
        Assert.Equal("PERSONAL_DATA", citation["quoteRedaction"]!.GetValue<string>());
    }

    private async Task<JsonObject> DataAsync(string query, string? user, string role, object? variables = null)
    {
        var body = await _host.PostAsync(query, variables, user, role);
        Assert.True(body["errors"] is null, body.ToJsonString());
        return (JsonObject)body["data"]!;
    }
}
