using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Auth;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Api.Tests.Pages.Admin.Citations;

/// <summary>The citation picker as a browser without JavaScript meets it: search the text, choose a sentence, save.</summary>
public sealed class CitationPickerTests : IAsyncLifetime
{
    private const string Project = "Policy Advocacy Project";
    private const string Document = "Advocacy report\n\nThe network trained 120 women in advocacy. Each municipality signed a charter.\nFunding came from the region.";

    private readonly AdminHost _host = new();
    private HttpClient _steward = null!;
    private string _projectId = string.Empty;

    public async Task InitializeAsync()
    {
        _steward = await _host.SignedInClientAsync(AdminRoles.Steward);
        var created = await AdminHost.PostFormAsync(_steward, "/admin/sources/create", new() { ["Input.Text"] = Document, ["Input.Title"] = "Advocacy report" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        _projectId = await _host.WithDbAsync(db => db.Projects.Where(p => p.Title == Project).Select(p => p.Id).SingleAsync());
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private string PickerUrl(string query) => $"/admin/citations/new?subject={_projectId}&field=objectives&source=Advocacy%20report&{query}";

    [Fact]
    public async Task TheProjectPageOpensThePickerForAFieldAndASourceChosenByName()
    {
        var details = await AdminHost.GetDocumentAsync(_steward, $"/admin/projects/details/{_projectId}");
        var open = details.QuerySelector(".citation-picker form.cite-open")!;
        Assert.Equal("/admin/citations/new", open.GetAttribute("action"));
        Assert.Contains("objectives", open.QuerySelectorAll("#cite-field option").Select(o => o.TextContent));
        Assert.Contains("Advocacy report", open.QuerySelectorAll("datalist option").Select(o => o.GetAttribute("value")));

        var picker = await AdminHost.GetDocumentAsync(_steward, PickerUrl(string.Empty));
        Assert.Equal(Document, picker.QuerySelector("#cite-text")!.TextContent);
        Assert.Equal("objectives", picker.QuerySelector("#cite-field option[selected]")!.TextContent);
    }

    [Fact]
    public async Task WithoutScriptASearchListsMatchingSentencesAndTheChosenOneIsCitedWithItsSpan()
    {
        var picker = await AdminHost.GetDocumentAsync(_steward, PickerUrl("find=MUNICIPALITY"));
        var choices = picker.QuerySelectorAll("input[name='Input.Sentence']").Select(r => r.GetAttribute("value")!).ToList();
        var sentence = "Each municipality signed a charter.";
        var start = Document.IndexOf(sentence, StringComparison.Ordinal);
        Assert.Equal([$"{start}-{start + sentence.Length}"], choices);

        var saved = await AdminHost.PostFormAsync(_steward, PickerUrl("find=MUNICIPALITY"), new() { ["Input.Sentence"] = choices[0] }, "form.cite-save");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/admin/projects/details/{_projectId}", saved.Headers.Location!.OriginalString);
        var citation = await _host.WithDbAsync(db => db.Citations.SingleAsync(c => c.Subject.Id == _projectId && c.Quote == sentence));
        Assert.Equal((start, start + sentence.Length, AssertionKind.Stated, "objectives"), (citation.CharStart!.Value, citation.CharEnd!.Value, citation.Assertion, citation.Supports.Single()));
        var details = await AdminHost.GetDocumentAsync(_steward, $"/admin/projects/details/{_projectId}");
        Assert.Contains("«Each municipality signed a charter.»", details.QuerySelector(".citations")!.TextContent, StringComparison.Ordinal);

        using var response = await _steward.PostAsJsonAsync("/graphql", new { query = "query($t: String!) { projects(where: { title: { eq: $t } }) { nodes { citations { quote } } } }", variables = new { t = Project } });
        var quotes = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["projects"]!["nodes"]![0]!["citations"]!.AsArray().Select(c => c!["quote"]!.GetValue<string>());
        Assert.Contains(sentence, quotes);
    }

    [Fact]
    public async Task AQuoteNotInTheTextIsRefusedAndTheNearestPassageIsOfferedAndSavesNothing()
    {
        var response = await AdminHost.PostFormAsync(_steward, PickerUrl(string.Empty), new() { ["Input.Quote"] = "trained 150 women in advocacy" }, "form.cite-save");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AdminHost.ParseAsync(response);
        var nearest = "trained 120 women in advocacy.";
        var start = Document.IndexOf(nearest, StringComparison.Ordinal);
        Assert.Equal(
            $"The quote «trained 150 women in advocacy» does not occur in source «Advocacy report». The nearest passage is «{nearest}» (characters {start}–{start + nearest.Length}).",
            page.QuerySelector("[data-valmsg-for='Input.Quote']")!.TextContent);
        var offered = page.QuerySelector("input[name='Input.Sentence'][checked]")!;
        Assert.Equal($"{start}-{start + nearest.Length}", offered.GetAttribute("value"));
        Assert.Equal("trained 150 women in advocacy", page.QuerySelector("#cite-quote")!.TextContent);
        Assert.False(await _host.WithDbAsync(db => db.Citations.AnyAsync(c => c.Subject.Id == _projectId && c.Quote.Contains("women"))));
    }

    [Fact]
    public async Task ATypedQuoteWithItsSelectedSpanCitesThatOccurrenceAndACuratedOneNeedsARationale()
    {
        var second = Document.IndexOf("in", Document.IndexOf("in", StringComparison.Ordinal) + 1, StringComparison.Ordinal);
        var refused = await AdminHost.PostFormAsync(_steward, PickerUrl(string.Empty), new()
        {
            ["Input.Quote"] = "in", ["Input.Start"] = $"{second}", ["Input.End"] = $"{second + 2}", ["Input.Assertion"] = "Curated",
        }, "form.cite-save");
        Assert.Equal("A CURATED citation must give a rationale.", (await AdminHost.ParseAsync(refused)).QuerySelector("#cite-rationale + span")!.TextContent);

        var saved = await AdminHost.PostFormAsync(_steward, PickerUrl(string.Empty), new()
        {
            ["Input.Quote"] = "in", ["Input.Start"] = $"{second}", ["Input.End"] = $"{second + 2}", ["Input.Assertion"] = "Curated", ["Input.Rationale"] = "Chosen.",
        }, "form.cite-save");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var citation = await _host.WithDbAsync(db => db.Citations.SingleAsync(c => c.Subject.Id == _projectId && c.Quote == "in"));
        Assert.Equal((second, AssertionKind.Curated, "Chosen."), (citation.CharStart!.Value, citation.Assertion, citation.Rationale));
        Assert.StartsWith("steward-", citation.Curator, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuoteNamingAKnownPersonIsRefusedUntilMarkedAsPersonalDataThenSavedMarked()
    {
        var person = await _host.WithDbAsync(db => db.PublicContacts.Select(c => c.FullName).FirstAsync());
        var sentence = $"{person} lives at 12 Calle Mayor.";
        var created = await AdminHost.PostFormAsync(_steward, "/admin/sources/create", new() { ["Input.Text"] = $"Visit notes\n\n{sentence}", ["Input.Title"] = "Visit notes" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = $"/admin/citations/new?subject={_projectId}&field=objectives&source=Visit%20notes&find=Calle";

        var refused = await AdminHost.PostFormAsync(_steward, url, new() { ["Input.Quote"] = sentence, ["Input.ContainsPersonalData"] = "false" }, "form.cite-save");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var error = (await AdminHost.ParseAsync(refused)).QuerySelector("#cite-personal-data ~ .field-validation-error")!.TextContent;
        Assert.Contains("personal data", error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(person, error, StringComparison.Ordinal);
        Assert.False(await _host.WithDbAsync(db => db.Citations.AnyAsync(c => c.Quote == sentence)));

        var saved = await AdminHost.PostFormAsync(_steward, url, new() { ["Input.Quote"] = sentence, ["Input.ContainsPersonalData"] = "true" }, "form.cite-save");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.True(await _host.WithDbAsync(db => db.Citations.Where(c => c.Quote == sentence).Select(c => c.ContainsPersonalData).SingleAsync()));
    }

    [Fact]
    public async Task AnUnknownSourceOrRecordIsRefused()
    {
        var page = await AdminHost.GetDocumentAsync(_steward, $"/admin/citations/new?subject={_projectId}&source=No%20such%20report");
        Assert.Equal("No source is named 'No such report'. Choose one of the suggestions.", page.QuerySelector("[data-valmsg-for='source']")!.TextContent);
        Assert.Null(page.QuerySelector("#cite-text"));

        Assert.Equal(HttpStatusCode.NotFound, (await _steward.GetAsync("/admin/citations/new?subject=nothing")).StatusCode);
    }
}
