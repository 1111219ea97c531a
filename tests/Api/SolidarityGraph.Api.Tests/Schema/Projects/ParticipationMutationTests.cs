using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Tests.Schema.Mutations;
using SolidarityGraph.Domain.Persistence.Auditing;
using SolidarityGraph.Testing;
using Snapshooter.Xunit;

namespace SolidarityGraph.Api.Tests.Schema.Projects;

/// <summary>createParticipation / updateParticipation / deleteParticipation: the Organisation → Project edge.</summary>
public sealed class ParticipationMutationTests(MutationHost host) : IClassFixture<MutationHost>
{
    private const string Fields = "participation { id role since { value } until { value } organisation { name } project { title } version }";

    [Fact]
    public async Task CreateUpdateAndDeleteArePayloadsAndAudited()
    {
        var (project, organisation) = await EndsAsync("Housing for builders", "Builders' network");

        var created = await host.MutateAsync("createParticipation", new { projectId = project, organisationId = organisation, role = "IMPLEMENTING", since = "2019" }, Fields + MutationHost.Errors);
        var id = created["participation"]!["id"]!.GetValue<string>();
        var updated = await host.MutateAsync("updateParticipation", new { id, version = 1, since = "2019-03", until = "2024" }, Fields + MutationHost.EditErrors);
        var deleted = await host.MutateAsync("deleteParticipation", new { id, version = 2 }, "participation { role version } " + MutationHost.EditErrors);

        Snapshot.Match(MutationHost.Print(new JsonArray(created, updated, deleted)));
        Assert.Equal(
            [(MutationHost.Steward, AuditAction.Created, AuditOutcome.Succeeded), (MutationHost.Steward, AuditAction.Updated, AuditOutcome.Succeeded), (MutationHost.Steward, AuditAction.Deleted, AuditOutcome.Succeeded)],
            await host.AuditOfAsync(id));
    }

    [Fact]
    public async Task DomainRuleViolationsComeBackAsTypedErrorsAndSaveNothing()
    {
        var (project, organisation) = await EndsAsync("Inverted period project", "Inverted period org");

        var inverted = await host.MutateAsync("createParticipation", new { projectId = project, organisationId = organisation, role = "PARTNER", since = "2024", until = "2020" }, Fields + MutationHost.Errors);
        var badDate = await host.MutateAsync("createParticipation", new { projectId = project, organisationId = organisation, role = "PARTNER", since = "spring" }, Fields + MutationHost.Errors);

        Snapshot.Match(MutationHost.Print(new JsonArray(inverted, badDate)));
        Assert.False(await host.WithDbAsync(db => db.Participations.AnyAsync(p => p.ProjectId == MutationHost.Key(project))));
    }

    [Fact]
    public async Task StaleVersionGivesAConflictAndTheNewerDataSurvives()
    {
        var (project, organisation) = await EndsAsync("Contested period project", "Contested period org");
        var id = await host.CreateAsync("createParticipation", "participation", new { projectId = project, organisationId = organisation, role = "PARTNER" });
        var first = await host.MutateAsync("updateParticipation", new { id, version = 1, since = "2021" }, "participation { version } " + MutationHost.EditErrors, user: "bea.steward");
        Assert.Null(first["errors"]);

        var stale = await host.MutateAsync("updateParticipation", new { id, version = 1, since = "2015" },
            "participation { role } " + MutationHost.ErrorsWithCurrent("Participation", "since { value } version"));

        Snapshot.Match(MutationHost.Print(stale));
        var saved = await host.WithDbAsync(db => db.Participations.SingleAsync(p => p.Id == MutationHost.Key(id)));
        Assert.Equal(("2021", 2L), (saved.Since?.ToString(), saved.Version));
        Assert.Equal((MutationHost.Steward, AuditAction.Updated, AuditOutcome.Conflict), (await host.AuditOfAsync(id))[^1]);
    }

    [Fact]
    public async Task AnonymousCallersAreRefusedAndNothingChanges()
    {
        var (project, organisation) = await EndsAsync("Anonymous edge project", "Anonymous edge org");

        await host.AssertAnonymousIsRefusedAsync("createParticipation", new { projectId = project, organisationId = organisation, role = "PARTNER" });

        Assert.False(await host.WithDbAsync(db => db.Participations.AnyAsync(p => p.ProjectId == MutationHost.Key(project))));
    }

    private async Task<(string Project, string Organisation)> EndsAsync(string title, string name) => (
        await host.CreateAsync("createProject", "project", new { title, kind = "DEVELOPMENT_PROJECT" }),
        await host.CreateAsync("createOrganisation", "organisation", new { name, kind = "NETWORK" }));
}
