using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Tests.Schema.Mutations;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.Persistence.Auditing;
using SolidarityGraph.Domain.Sources;
using SolidarityGraph.Testing;
using Snapshooter.Xunit;

namespace SolidarityGraph.Api.Tests.Schema.Sources;

/// <summary>createCitation verifies the quote against the archived source text; deleteCitation removes it.</summary>
public sealed class CitationMutationTests(MutationHost host) : IClassFixture<MutationHost>, IAsyncLifetime
{
    private const string Text = "The setec Foundation granted 16,322 euros to the association.";

    private const string Create = """
        mutation($input: CreateCitationInput!) {
          createCitation(input: $input) {
            citation { quote charStart charEnd supports assertion rationale }
            errors { __typename ... on Error { message code } ... on ValidationError { code field } ... on NotFoundError { code } }
          }
        }
        """;

    private readonly MutationHost _host = host;
    private string _source = string.Empty;
    private string _subject = string.Empty;

    public async Task InitializeAsync()
    {
        (_source, _subject) = await _host.WithDbAsync(async db =>
        {
            var bytes = Encoding.UTF8.GetBytes(Text);
            var source = SourceText.ArchiveVerified(new Source("Grant note", "en", Convert.ToHexStringLower(SHA256.HashData(bytes)), DateTime.UtcNow), bytes);
            var organisation = new Organisation("Cited", OrganisationKind.Foundation);
            db.AddRange(source, organisation);
            await db.SaveChangesAsync();
            return (MutationHost.Id("Source", source.Id), MutationHost.Id("Organisation", organisation.Id));
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task QuotesAreVerifiedAgainstTheSourceText()
    {
        var stated = await _host.PostAsync(Create, new { input = new { subjectId = _subject, sourceId = _source, quote = "granted   16,322 euros", supports = new[] { "amount", "currency" } } });
        var curated = await _host.PostAsync(Create, new { input = new { subjectId = _subject, sourceId = _source, quote = "setec Foundation", supports = new[] { "kind" }, assertion = "CURATED", rationale = "A foundation by name." } });
        var missing = await _host.PostAsync(Create, new { input = new { subjectId = _subject, sourceId = _source, quote = "20,000 euros", supports = new[] { "amount" } } });
        var noRationale = await _host.PostAsync(Create, new { input = new { subjectId = _subject, sourceId = _source, quote = "setec", supports = new[] { "kind" }, assertion = "DERIVED" } });

        Snapshot.Match(MutationHost.Print(new JsonArray(stated, curated, missing, noRationale)));
        var curator = await _host.WithDbAsync(db => db.Citations.Where(c => c.Assertion == AssertionKind.Curated && c.Subject.Id == MutationHost.Key(_subject)).Select(c => c.Curator).SingleAsync());
        Assert.Equal(MutationHost.Steward, curator);
    }

    [Fact]
    public async Task DeleteRemovesTheCitation()
    {
        var created = await _host.PostAsync("mutation($input: CreateCitationInput!) { createCitation(input: $input) { citation { id version } } }",
            new { input = new { subjectId = _subject, sourceId = _source, quote = "setec", supports = new[] { "name" } } });
        var id = created["data"]!["createCitation"]!["citation"]!["id"]!.GetValue<string>();

        var deleted = await _host.PostAsync("mutation($input: DeleteCitationInput!) { deleteCitation(input: $input) { citation { quote } errors { __typename } } }",
            new { input = new { id, version = 1 } });

        Assert.Equal("setec", deleted["data"]!["deleteCitation"]!["citation"]!["quote"]!.GetValue<string>());
        Assert.False(await _host.WithDbAsync(db => db.Citations.AnyAsync(c => c.Id == MutationHost.Key(id))));
    }

    [Fact]
    public async Task UpdateRevisesSupportsAndRationaleAndAStaleVersionConflicts()
    {
        const string Fields = "citation { quote supports assertion rationale curator version } ";
        var id = await _host.CreateAsync("createCitation", "citation", new { subjectId = _subject, sourceId = _source, quote = "setec Foundation", supports = new[] { "kind" }, assertion = "CURATED", rationale = "A foundation by name." });

        var revised = await _host.MutateAsync("updateCitation", new { id, version = 1, supports = new[] { "kind", "name" }, rationale = "Named a foundation in the grant note." }, Fields + MutationHost.EditErrors, user: "bea.steward");
        var noRationale = await _host.MutateAsync("updateCitation", new { id, version = 2, supports = new[] { "kind" }, rationale = " " }, Fields + MutationHost.EditErrors);
        var stale = await _host.MutateAsync("updateCitation", new { id, version = 1, supports = new[] { "name" }, rationale = "Stale." },
            Fields + MutationHost.ErrorsWithCurrent("Citation", "supports rationale version"));

        Snapshot.Match(MutationHost.Print(new JsonArray(revised, noRationale, stale)));
        var saved = await _host.WithDbAsync(db => db.Citations.SingleAsync(c => c.Id == MutationHost.Key(id)));
        Assert.Equal(["kind", "name"], saved.Supports);
        Assert.Equal(("Named a foundation in the grant note.", "bea.steward", 2L), (saved.Rationale, saved.Curator, saved.Version));
        Assert.Equal(
            [(MutationHost.Steward, AuditAction.Created, AuditOutcome.Succeeded), ("bea.steward", AuditAction.Updated, AuditOutcome.Succeeded),
             (MutationHost.Steward, AuditAction.Updated, AuditOutcome.Conflict)],
            await _host.AuditOfAsync(id));
    }
}
