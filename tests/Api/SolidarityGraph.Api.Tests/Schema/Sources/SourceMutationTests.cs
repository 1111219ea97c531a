using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Tests.Schema.Mutations;
using SolidarityGraph.Domain.Persistence.Auditing;
using SolidarityGraph.Testing;
using Snapshooter.Xunit;

namespace SolidarityGraph.Api.Tests.Schema.Sources;

/// <summary>createSource / updateSource / deleteSource: the archived text and its SHA-256 belong together.</summary>
public sealed class SourceMutationTests(MutationHost host) : IClassFixture<MutationHost>
{
    private const string Text = "Mano a Mano Peru received 16,322 euros from the setec Foundation.";

    private const string Fields = "source { id title url language contentSha256 publishedAt { value } license publisher { name } version }";

    [Fact]
    public async Task CreateUpdateAndDeleteArePayloadsAndAudited()
    {
        var publisher = await host.CreateAsync("createOrganisation", "organisation", new { name = "setec (test)", kind = "FOUNDATION" });

        var created = await host.MutateAsync("createSource", new
        {
            title = "setec projects", language = "en", text = Text, retrievedAt = "2025-11-20T10:00:00Z", url = "https://example.org/setec", publisherId = publisher, publishedAt = "2024",
        }, Fields + MutationHost.Errors);
        var id = created["source"]!["id"]!.GetValue<string>();
        var updated = await host.MutateAsync("updateSource", new { id, version = 1, title = "setec Foundation: projects", url = "https://example.org/setec/projects", license = "CC BY 4.0" },
            Fields + MutationHost.EditErrors);
        var deleted = await host.MutateAsync("deleteSource", new { id, version = 2 }, "source { title version } " + MutationHost.EditErrors);

        Snapshot.Match(MutationHost.Print(new JsonArray(created, updated, deleted)));
        Assert.Equal(Hash(Text), created["source"]!["contentSha256"]!.GetValue<string>());
        Assert.Equal(
            [(MutationHost.Steward, AuditAction.Created, AuditOutcome.Succeeded), (MutationHost.Steward, AuditAction.Updated, AuditOutcome.Succeeded), (MutationHost.Steward, AuditAction.Deleted, AuditOutcome.Succeeded)],
            await host.AuditOfAsync(id));
    }

    [Fact]
    public async Task DomainRuleViolationsComeBackAsTypedErrorsAndSaveNothing()
    {
        var mismatch = await host.MutateAsync("createSource", new { title = "Mismatched text", language = "en", text = Text, contentSha256 = Hash("another text") }, Fields + MutationHost.Errors);
        var noText = await host.MutateAsync("createSource", new { title = "Nothing to hash", language = "en" }, Fields + MutationHost.Errors);
        var (cited, version) = await host.ReferencedAsync(db => db.Sources.Where(s => db.Citations.Any(c => c.SourceId == s.Id)));
        var referenced = await host.MutateAsync("deleteSource", new { id = cited, version }, "source { title } " + MutationHost.EditErrors);

        Snapshot.Match(MutationHost.Print(new JsonArray(mismatch, noText, referenced["errors"]![0]!["code"]!.DeepClone())));
        Assert.False(await host.WithDbAsync(db => db.Sources.AnyAsync(s => s.Title == "Mismatched text" || s.Title == "Nothing to hash")));
        Assert.True(await host.WithDbAsync(db => db.Sources.AnyAsync(s => s.Id == MutationHost.Key(cited))));
    }

    [Fact]
    public async Task StaleVersionGivesAConflictAndTheNewerDataSurvives()
    {
        var id = await host.CreateSourceAsync("Draft title", Text);
        var first = await host.MutateAsync("updateSource", new { id, version = 1, title = "Final title", license = "CC BY 4.0" }, "source { version } " + MutationHost.EditErrors, user: "bea.steward");
        Assert.Null(first["errors"]);

        var stale = await host.MutateAsync("updateSource", new { id, version = 1, title = "Stale title" },
            "source { title } " + MutationHost.ErrorsWithCurrent("Source", "title license version"));

        Snapshot.Match(MutationHost.Print(stale));
        var saved = await host.WithDbAsync(db => db.Sources.SingleAsync(s => s.Id == MutationHost.Key(id)));
        Assert.Equal(("Final title", "CC BY 4.0", Text, 2L), (saved.Title, saved.License, saved.ArchivedText, saved.Version));
        Assert.Equal((MutationHost.Steward, AuditAction.Updated, AuditOutcome.Conflict), (await host.AuditOfAsync(id))[^1]);
    }

    [Fact]
    public async Task AnonymousCallersAreRefusedAndNothingChanges()
    {
        await host.AssertAnonymousIsRefusedAsync("createSource", new { title = "Anonymous source", language = "en", text = Text });

        Assert.False(await host.WithDbAsync(db => db.Sources.AnyAsync(s => s.Title == "Anonymous source")));
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
