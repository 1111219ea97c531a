using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Tests.Schema.Mutations;
using SolidarityGraph.Domain.Organisations;

namespace SolidarityGraph.Api.Tests.Schema.Sources;

/// <summary>
/// createCitation and updateCitation refuse an unmarked quote that names a known person (here the seeded public contact
/// Guillermo Rojo) with a typed ValidationError, and a marked quote is read by stewards only.
/// </summary>
public sealed class CitationPersonalDataMutationTests(MutationHost host) : IClassFixture<MutationHost>, IAsyncLifetime
{
    private const string Text = "Mr.Guillermo Rojo coordinates the network. The network has 12 member cooperatives.";
    private const string Refusal =
        "The quote names a known person (an entrepreneur or public contact). Mark the citation as containing personal data (containsPersonalData: true): its quote is then shown to stewards only.";
    private const string Fields = "citation { id version quote containsPersonalData quoteRedaction } ";

    private readonly MutationHost _host = host;
    private string _source = "", _subject = "";

    public async Task InitializeAsync()
    {
        _source = await _host.CreateSourceAsync("Network note " + Guid.NewGuid().ToString("N")[..6], Text);
        _subject = await _host.WithDbAsync(async db =>
        {
            var organisation = new Organisation("Network " + Guid.NewGuid().ToString("N")[..6], OrganisationKind.Network);
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            return MutationHost.Id("Organisation", organisation.Id);
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AQuoteNamingAKnownPersonIsRefusedUnlessMarked()
    {
        var input = new { subjectId = _subject, sourceId = _source, quote = "Mr.Guillermo Rojo coordinates the network", supports = new[] { "name" } };

        var refused = await _host.MutateAsync("createCitation", input, Fields + MutationHost.Errors);
        var unmarked = await _host.MutateAsync("createCitation", new { input.subjectId, input.sourceId, input.quote, input.supports, containsPersonalData = false }, Fields + MutationHost.Errors);

        foreach (var payload in new[] { refused, unmarked })
        {
            Assert.Null(payload["citation"]);
            var error = payload["errors"]![0]!;
            Assert.Equal(("ValidationError", "CITATION_QUOTE_NAMES_PERSON", "containsPersonalData", Refusal),
                (error["__typename"]!.GetValue<string>(), error["code"]!.GetValue<string>(), error["field"]!.GetValue<string>(), error["message"]!.GetValue<string>()));
        }

        Assert.False(await _host.WithDbAsync(db => db.Citations.AnyAsync(c => c.Subject.Id == MutationHost.Key(_subject))));

        var marked = await _host.MutateAsync("createCitation", new { input.subjectId, input.sourceId, input.quote, input.supports, containsPersonalData = true }, Fields + MutationHost.Errors);
        Assert.Null(marked["errors"]);
        Assert.Equal(("Mr.Guillermo Rojo coordinates the network", true), (marked["citation"]!["quote"]!.GetValue<string>(), marked["citation"]!["containsPersonalData"]!.GetValue<bool>()));

        var id = marked["citation"]!["id"]!.GetValue<string>();
        var anonymous = await _host.PostAsync($"{{ node(id: \"{id}\") {{ ... on Citation {{ quote quoteRedaction }} }} }}", user: null);
        Assert.Equal("""{"quote":null,"quoteRedaction":"PERSONAL_DATA"}""", anonymous["data"]!["node"]!.ToJsonString());
    }

    [Fact]
    public async Task AnUpdateKeepsTheMarkUnlessToldAndCannotUnmarkAQuoteNamingAPerson()
    {
        var named = await _host.CreateAsync("createCitation", "citation", new { subjectId = _subject, sourceId = _source, quote = "Guillermo Rojo coordinates", supports = new[] { "name" }, containsPersonalData = true });
        var plain = await _host.CreateAsync("createCitation", "citation", new { subjectId = _subject, sourceId = _source, quote = "12 member cooperatives", supports = new[] { "name" } });

        var kept = await _host.MutateAsync("updateCitation", new { id = named, version = 1, supports = new[] { "name", "kind" } }, Fields + MutationHost.EditErrors);
        var unmark = await _host.MutateAsync("updateCitation", new { id = named, version = 2, supports = new[] { "name" }, containsPersonalData = false }, Fields + MutationHost.EditErrors);
        var markPlain = await _host.MutateAsync("updateCitation", new { id = plain, version = 1, supports = new[] { "name" }, containsPersonalData = true }, Fields + MutationHost.EditErrors);
        var unmarkPlain = await _host.MutateAsync("updateCitation", new { id = plain, version = 2, supports = new[] { "name" }, containsPersonalData = false }, Fields + MutationHost.EditErrors);

        Assert.Equal((2L, true), (kept["citation"]!["version"]!.GetValue<long>(), kept["citation"]!["containsPersonalData"]!.GetValue<bool>()));
        Assert.Null(unmark["citation"]);
        Assert.Equal("CITATION_QUOTE_NAMES_PERSON", unmark["errors"]![0]!["code"]!.GetValue<string>());
        Assert.True(markPlain["citation"]!["containsPersonalData"]!.GetValue<bool>());
        Assert.False(unmarkPlain["citation"]!["containsPersonalData"]!.GetValue<bool>());
        var saved = await _host.WithDbAsync(db => db.Citations.SingleAsync(c => c.Id == MutationHost.Key(named)));
        Assert.Equal((2L, true), (saved.Version, saved.ContainsPersonalData));
    }

    [Fact]
    public async Task ACitationOfAProtectedFieldIsStewardOnlyOnceCreated()
    {
        var contact = await _host.WithDbAsync(db => db.PublicContacts.Where(c => c.FullName == "Guillermo Rojo").Select(c => c.Id).SingleAsync());
        var id = await _host.CreateAsync("createCitation", "citation", new { subjectId = MutationHost.Id("PublicContact", contact), sourceId = _source, quote = "coordinates the network", supports = new[] { "phone" } });

        var anonymous = await _host.PostAsync($"{{ node(id: \"{id}\") {{ id }} }}", user: null);
        var steward = await _host.PostAsync($"{{ node(id: \"{id}\") {{ ... on Citation {{ quote }} }} }}");

        Assert.Equal("""{"node":null}""", anonymous["data"]!.ToJsonString());
        Assert.Equal("coordinates the network", steward["data"]!["node"]!["quote"]!.GetValue<string>());
    }
}
