using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Tests.Schema.Mutations;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence.Auditing;
using SolidarityGraph.Testing;
using Snapshooter.Xunit;

namespace SolidarityGraph.Api.Tests.Schema.Events;

/// <summary>createTraining / updateTraining / deleteTraining through HTTP.</summary>
public sealed class TrainingMutationTests(MutationHost host) : IClassFixture<MutationHost>
{
    private const string Fields = "training { id title targetGroup topics project { title } deliveredBy { name } events { title } version }";

    [Fact]
    public async Task CreateUpdateAndDeleteArePayloadsAndAudited()
    {
        var project = await host.CreateAsync("createProject", "project", new { title = "Women builders", kind = "DEVELOPMENT_PROJECT" });
        var provider = await host.CreateAsync("createOrganisation", "organisation", new { name = "Builders' school", kind = "ASSOCIATION" });
        var session = await host.CreateAsync("createEvent", "event", new { title = "Masonry class", type = "TRAINING_CLASS", projectId = project });

        var created = await host.MutateAsync("createTraining", new
        {
            projectId = project, title = "Construction", targetGroup = "WOMEN_BUILDERS", topics = new[] { "Masonry", "Plumbing" }, deliveredByIds = new[] { provider }, eventIds = new[] { session },
        }, Fields + MutationHost.Errors);
        var id = created["training"]!["id"]!.GetValue<string>();
        var updated = await host.MutateAsync("updateTraining", new { id, version = 1, title = "Construction and plumbing", targetGroup = "MIXED", topics = new[] { "Plumbing" } },
            Fields + MutationHost.EditErrors);
        var deleted = await host.MutateAsync("deleteTraining", new { id, version = 2 }, "training { title version } " + MutationHost.EditErrors);

        Snapshot.Match(MutationHost.Print(new JsonArray(created, updated, deleted)));
        Assert.Equal(
            [(MutationHost.Steward, AuditAction.Created, AuditOutcome.Succeeded), (MutationHost.Steward, AuditAction.Updated, AuditOutcome.Succeeded), (MutationHost.Steward, AuditAction.Deleted, AuditOutcome.Succeeded)],
            await host.AuditOfAsync(id));
    }

    [Fact]
    public async Task DomainRuleViolationsComeBackAsTypedErrorsAndSaveNothing()
    {
        var project = await host.CreateAsync("createProject", "project", new { title = "Untrained", kind = "DEVELOPMENT_PROJECT" });

        var blank = await host.MutateAsync("createTraining", new { projectId = project, title = "  ", targetGroup = "MIXED" }, Fields + MutationHost.Errors);
        var ghostProvider = await host.MutateAsync("createTraining", new { projectId = project, title = "Ghost-led", targetGroup = "MIXED", deliveredByIds = new[] { MutationHost.Id("Organisation", EntityId.New()) } }, Fields + MutationHost.Errors);

        Snapshot.Match(MutationHost.Print(new JsonArray(blank, ghostProvider)));
        Assert.False(await host.WithDbAsync(db => db.Trainings.AnyAsync(t => t.ProjectId == MutationHost.Key(project))));
    }

    [Fact]
    public async Task StaleVersionGivesAConflictAndTheNewerDataSurvives()
    {
        var project = await host.CreateAsync("createProject", "project", new { title = "Contested training project", kind = "DEVELOPMENT_PROJECT" });
        var id = await host.CreateAsync("createTraining", "training", new { projectId = project, title = "Bakery", targetGroup = "WOMEN_ENTREPRENEURS" });
        var first = await host.MutateAsync("updateTraining", new { id, version = 1, title = "Bakery and pastry", targetGroup = "WOMEN_ENTREPRENEURS", topics = new[] { "Food: Bakery/Pastry and Cooking" } },
            "training { version } " + MutationHost.EditErrors, user: "bea.steward");
        Assert.Null(first["errors"]);

        var stale = await host.MutateAsync("updateTraining", new { id, version = 1, title = "Stale bakery", targetGroup = "MIXED" },
            "training { title } " + MutationHost.ErrorsWithCurrent("Training", "title topics version"));

        Snapshot.Match(MutationHost.Print(stale));
        var saved = await host.WithDbAsync(db => db.Trainings.SingleAsync(t => t.Id == MutationHost.Key(id)));
        Assert.Equal(("Bakery and pastry", 1, 2L), (saved.Title, saved.Topics.Count, saved.Version));
        Assert.Equal((MutationHost.Steward, AuditAction.Updated, AuditOutcome.Conflict), (await host.AuditOfAsync(id))[^1]);
    }

    [Fact]
    public async Task AnonymousCallersAreRefusedAndNothingChanges()
    {
        var project = await host.CreateAsync("createProject", "project", new { title = "Anonymous training project", kind = "DEVELOPMENT_PROJECT" });

        await host.AssertAnonymousIsRefusedAsync("createTraining", new { projectId = project, title = "Anonymous training", targetGroup = "MIXED" });

        Assert.False(await host.WithDbAsync(db => db.Trainings.AnyAsync(t => t.ProjectId == MutationHost.Key(project))));
    }
}
