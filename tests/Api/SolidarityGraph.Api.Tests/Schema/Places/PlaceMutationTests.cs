using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Tests.Schema.Mutations;
using SolidarityGraph.Domain.Persistence.Auditing;
using SolidarityGraph.Testing;
using Snapshooter.Xunit;

namespace SolidarityGraph.Api.Tests.Schema.Places;

/// <summary>createPlace / updatePlace / deletePlace through HTTP, with the audit trail and optimistic concurrency.</summary>
public sealed class PlaceMutationTests(MutationHost host) : IClassFixture<MutationHost>
{
    private const string Fields = "place { id name type countryCode iso3166_2 m49Code population populationAsOf { value precision } point { latitude longitude } parent { name } version }";

    [Fact]
    public async Task CreateUpdateAndDeleteArePayloadsAndAudited()
    {
        var bolivia = await host.CreateAsync("createPlace", "place", new { name = "Bolivia (test)", type = "COUNTRY", countryCode = "BO" });

        var created = await host.MutateAsync("createPlace", new
        {
            name = "Cochabamba", type = "ADMIN1", countryCode = "BO", iso3166_2 = "BO-C", parentId = bolivia, latitude = -17.39, longitude = -66.16,
        }, Fields + MutationHost.Errors);
        var id = created["place"]!["id"]!.GetValue<string>();
        var updated = await host.MutateAsync("updatePlace", new
        {
            id, version = 1, name = "Cochabamba Department", iso3166_2 = "BO-C", parentId = bolivia, population = 1_758_143, populationAsOf = "2012",
        }, Fields + MutationHost.EditErrors);
        var deleted = await host.MutateAsync("deletePlace", new { id, version = 2 }, "place { name version } " + MutationHost.EditErrors);

        Snapshot.Match(MutationHost.Print(new JsonArray(created, updated, deleted)));
        Assert.Equal(
            [(MutationHost.Steward, AuditAction.Created, AuditOutcome.Succeeded), (MutationHost.Steward, AuditAction.Updated, AuditOutcome.Succeeded), (MutationHost.Steward, AuditAction.Deleted, AuditOutcome.Succeeded)],
            await host.AuditOfAsync(id));
        Assert.False(await host.WithDbAsync(db => db.Places.AnyAsync(p => p.Id == MutationHost.Key(id))));
    }

    [Fact]
    public async Task DomainRuleViolationsComeBackAsTypedErrorsAndSaveNothing()
    {
        var city = await host.CreateAsync("createPlace", "place", new { name = "Sacaba (test)", type = "CITY", countryCode = "BO" });

        var inverted = await host.MutateAsync("createPlace", new { name = "Bolivia inside a city", type = "COUNTRY", countryCode = "BO", parentId = city }, Fields + MutationHost.Errors);
        var halfPoint = await host.MutateAsync("createPlace", new { name = "Half a point", type = "CITY", countryCode = "BO", latitude = 1.5 }, Fields + MutationHost.Errors);
        var (parent, parentVersion) = await host.ReferencedAsync(db => db.Places.Where(p => db.Places.Any(c => c.ParentId == p.Id)));
        var referenced = await host.MutateAsync("deletePlace", new { id = parent, version = parentVersion }, "place { name } " + MutationHost.EditErrors);

        Snapshot.Match(MutationHost.Print(new JsonArray(inverted, halfPoint, referenced["errors"]![0]!["code"]!.DeepClone())));
        Assert.False(await host.WithDbAsync(db => db.Places.AnyAsync(p => p.Name == "Bolivia inside a city" || p.Name == "Half a point")));
    }

    [Fact]
    public async Task StaleVersionGivesAConflictAndTheNewerDataSurvives()
    {
        var id = await host.CreateAsync("createPlace", "place", new { name = "Quillacollo", type = "CITY", countryCode = "BO" });
        var first = await host.MutateAsync("updatePlace", new { id, version = 1, name = "Quillacollo (city)", population = 137_182 }, "place { version } " + MutationHost.EditErrors, user: "bea.steward");
        Assert.Null(first["errors"]);

        var stale = await host.MutateAsync("updatePlace", new { id, version = 1, name = "Stale name" },
            "place { name } " + MutationHost.ErrorsWithCurrent("Place", "name population version"));

        Snapshot.Match(MutationHost.Print(stale));
        var saved = await host.WithDbAsync(db => db.Places.SingleAsync(p => p.Id == MutationHost.Key(id)));
        Assert.Equal(("Quillacollo (city)", 137_182L, 2L), (saved.Name, saved.Population, saved.Version));
        Assert.Equal((MutationHost.Steward, AuditAction.Updated, AuditOutcome.Conflict), (await host.AuditOfAsync(id))[^1]);
    }

    [Fact]
    public async Task AnonymousCallersAreRefusedAndNothingChanges()
    {
        await host.AssertAnonymousIsRefusedAsync("createPlace", new { name = "Anonymous place", type = "CITY", countryCode = "BO" });

        Assert.False(await host.WithDbAsync(db => db.Places.AnyAsync(p => p.Name == "Anonymous place")));
    }
}
