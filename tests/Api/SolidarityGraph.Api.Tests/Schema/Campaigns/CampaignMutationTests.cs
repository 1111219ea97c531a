using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Tests.Schema.Mutations;
using SolidarityGraph.Domain.Persistence.Auditing;
using SolidarityGraph.Testing;
using Snapshooter.Xunit;

namespace SolidarityGraph.Api.Tests.Schema.Campaigns;

/// <summary>createCampaign / updateCampaign / deleteCampaign through HTTP.</summary>
public sealed class CampaignMutationTests(MutationHost host) : IClassFixture<MutationHost>
{
    private const string Fields = "campaign { id name nameOriginal aims audiences materials { type title } project { title } launchEvent { title } version }";

    [Fact]
    public async Task CreateUpdateAndDeleteArePayloadsAndAudited()
    {
        var project = await host.CreateAsync("createProject", "project", new { title = "Shared care work", kind = "DEVELOPMENT_PROJECT" });
        var launch = await host.CreateAsync("createEvent", "event", new { title = "Campaign launch", type = "MOBILISATION", projectId = project });

        var created = await host.MutateAsync("createCampaign", new
        {
            projectId = project, name = "Homework Benefits Us", nameOriginal = "La tarea nos beneficia", aims = new[] { "Share care work" }, launchEventId = launch,
            materials = new object[] { new { type = "RADIO_SPOT", title = "Spot 1" }, new { type = "MURAL" } }, audiences = new[] { "families, leaders, communes and OTBs" },
        }, Fields + MutationHost.Errors);
        var id = created["campaign"]!["id"]!.GetValue<string>();
        var updated = await host.MutateAsync("updateCampaign", new { id, version = 1, name = "Homework Benefits Us All", materials = new[] { new { type = "VIDEO", title = "Short film" } } },
            Fields + MutationHost.EditErrors);
        var deleted = await host.MutateAsync("deleteCampaign", new { id, version = 2 }, "campaign { name version } " + MutationHost.EditErrors);

        Snapshot.Match(MutationHost.Print(new JsonArray(created, updated, deleted)));
        Assert.Equal(
            [(MutationHost.Steward, AuditAction.Created, AuditOutcome.Succeeded), (MutationHost.Steward, AuditAction.Updated, AuditOutcome.Succeeded), (MutationHost.Steward, AuditAction.Deleted, AuditOutcome.Succeeded)],
            await host.AuditOfAsync(id));
    }

    [Fact]
    public async Task DomainRuleViolationsComeBackAsTypedErrorsAndSaveNothing()
    {
        var (project, result) = await host.NewResultAsync("Nameless campaign project");
        var counted = await host.CreateAsync("createCampaign", "campaign", new { projectId = project, name = "Counted" });
        await host.CreateAsync("createIndicator", "indicator", new { resultId = result, code = "SG:CAMPAIGN_REACH", title = "People reached", subjectId = counted });

        var blank = await host.MutateAsync("createCampaign", new { projectId = project, name = "" }, Fields + MutationHost.Errors);
        var wrongProject = await host.MutateAsync("createCampaign", new { projectId = MutationHost.Id("Project", Domain.Common.EntityId.New()), name = "Misdirected" }, Fields + MutationHost.Errors);
        var referenced = await host.MutateAsync("deleteCampaign", new { id = counted, version = 1 }, "campaign { name } " + MutationHost.EditErrors);

        Snapshot.Match(MutationHost.Print(new JsonArray(blank, wrongProject["errors"]!.DeepClone(), referenced["errors"]![0]!["code"]!.DeepClone())));
        Assert.False(await host.WithDbAsync(db => db.Campaigns.AnyAsync(c => c.Name == "" || c.Name == "Misdirected")));
    }

    [Fact]
    public async Task StaleVersionGivesAConflictAndTheNewerDataSurvives()
    {
        var project = await host.CreateAsync("createProject", "project", new { title = "Contested campaign project", kind = "DEVELOPMENT_PROJECT" });
        var id = await host.CreateAsync("createCampaign", "campaign", new { projectId = project, name = "Care" });
        var first = await host.MutateAsync("updateCampaign", new { id, version = 1, name = "Care is work", aims = new[] { "Recognise care" } }, "campaign { version } " + MutationHost.EditErrors, user: "bea.steward");
        Assert.Null(first["errors"]);

        var stale = await host.MutateAsync("updateCampaign", new { id, version = 1, name = "Stale care" },
            "campaign { name } " + MutationHost.ErrorsWithCurrent("Campaign", "name aims version"));

        Snapshot.Match(MutationHost.Print(stale));
        var saved = await host.WithDbAsync(db => db.Campaigns.SingleAsync(c => c.Id == MutationHost.Key(id)));
        Assert.Equal(("Care is work", 2L), (saved.Name, saved.Version));
        Assert.Equal((MutationHost.Steward, AuditAction.Updated, AuditOutcome.Conflict), (await host.AuditOfAsync(id))[^1]);
    }

    [Fact]
    public async Task AnonymousCallersAreRefusedAndNothingChanges()
    {
        var project = await host.CreateAsync("createProject", "project", new { title = "Anonymous campaign project", kind = "DEVELOPMENT_PROJECT" });

        await host.AssertAnonymousIsRefusedAsync("createCampaign", new { projectId = project, name = "Anonymous campaign" });

        Assert.False(await host.WithDbAsync(db => db.Campaigns.AnyAsync(c => c.ProjectId == MutationHost.Key(project))));
    }
}
