using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Tests.Schema.Mutations;
using SolidarityGraph.Domain.Persistence.Auditing;
using SolidarityGraph.Testing;
using Snapshooter.Xunit;

namespace SolidarityGraph.Api.Tests.Schema.Organisations;

/// <summary>createOrganisation / updateOrganisation / deleteOrganisation through HTTP.</summary>
public sealed class OrganisationMutationTests(MutationHost host) : IClassFixture<MutationHost>
{
    private const string Fields = "organisation { id name kind acronym altNames countryCode website description foundedOn { value precision } parent { name } version }";

    [Fact]
    public async Task CreateUpdateAndDeleteArePayloadsAndAudited()
    {
        var parent = await host.CreateAsync("createOrganisation", "organisation", new { name = "Mano a Mano International", kind = "NGO" });

        var created = await host.MutateAsync("createOrganisation", new
        {
            name = "Mano a Mano Peru (test)", kind = "NGO", acronym = "MaM", altNames = new[] { "Asociación Mano a Mano" }, countryCode = "PE",
            website = "https://example.org/mam", foundedOn = "1994~", parentId = parent,
        }, Fields + MutationHost.Errors);
        var id = created["organisation"]!["id"]!.GetValue<string>();
        var updated = await host.MutateAsync("updateOrganisation", new { id, version = 1, name = "Mano a Mano Perú", kind = "NGO", countryCode = "PE", description = "Builds with women." },
            Fields + MutationHost.EditErrors);
        var deleted = await host.MutateAsync("deleteOrganisation", new { id, version = 2 }, "organisation { name version } " + MutationHost.EditErrors);

        Snapshot.Match(MutationHost.Print(new JsonArray(created, updated, deleted)));
        Assert.Equal(
            [(MutationHost.Steward, AuditAction.Created, AuditOutcome.Succeeded), (MutationHost.Steward, AuditAction.Updated, AuditOutcome.Succeeded), (MutationHost.Steward, AuditAction.Deleted, AuditOutcome.Succeeded)],
            await host.AuditOfAsync(id));
    }

    [Fact]
    public async Task DomainRuleViolationsComeBackAsTypedErrorsAndSaveNothing()
    {
        var badCountry = await host.MutateAsync("createOrganisation", new { name = "Bad country org", kind = "NGO", countryCode = "Peru" }, Fields + MutationHost.Errors);
        var blank = await host.MutateAsync("createOrganisation", new { name = " ", kind = "NGO" }, Fields + MutationHost.Errors);
        var (funder, version) = await host.ReferencedAsync(db => db.Organisations.Where(o => db.Fundings.Any(f => f.FunderId == o.Id)));
        var referenced = await host.MutateAsync("deleteOrganisation", new { id = funder, version }, "organisation { name } " + MutationHost.EditErrors);

        Snapshot.Match(MutationHost.Print(new JsonArray(badCountry, blank, referenced["errors"]![0]!["code"]!.DeepClone())));
        Assert.False(await host.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Name == "Bad country org")));
        Assert.True(await host.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Id == MutationHost.Key(funder))));
    }

    [Fact]
    public async Task StaleVersionGivesAConflictAndTheNewerDataSurvives()
    {
        var id = await host.CreateAsync("createOrganisation", "organisation", new { name = "Contested org", kind = "FOUNDATION" });
        var first = await host.MutateAsync("updateOrganisation", new { id, version = 1, name = "Contested org (Bea)", kind = "FOUNDATION" }, "organisation { version } " + MutationHost.EditErrors, user: "bea.steward");
        Assert.Null(first["errors"]);

        var stale = await host.MutateAsync("updateOrganisation", new { id, version = 1, name = "Contested org (Ada)", kind = "NGO" },
            "organisation { name } " + MutationHost.ErrorsWithCurrent("Organisation", "name kind version"));

        Snapshot.Match(MutationHost.Print(stale));
        var saved = await host.WithDbAsync(db => db.Organisations.SingleAsync(o => o.Id == MutationHost.Key(id)));
        Assert.Equal(("Contested org (Bea)", 2L), (saved.Name, saved.Version));
        Assert.Equal((MutationHost.Steward, AuditAction.Updated, AuditOutcome.Conflict), (await host.AuditOfAsync(id))[^1]);
    }

    [Fact]
    public async Task AnonymousCallersAreRefusedAndNothingChanges()
    {
        await host.AssertAnonymousIsRefusedAsync("createOrganisation", new { name = "Anonymous org", kind = "NGO" });

        Assert.False(await host.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Name == "Anonymous org")));
    }
}
