using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Tests.Schema.Mutations;
using SolidarityGraph.Domain.Persistence.Auditing;
using SolidarityGraph.Testing;
using Snapshooter.Xunit;

namespace SolidarityGraph.Api.Tests.Schema.Indicators;

/// <summary>createIndicator / updateIndicator / deleteIndicator: the definition, whose code never changes.</summary>
public sealed class IndicatorMutationTests(MutationHost host) : IClassFixture<MutationHost>
{
    private const string Fields = "indicator { id code title measure unitLabel ascending derivation result { title } subject { __typename ... on Project { title } } version }";

    [Fact]
    public async Task CreateUpdateAndDeleteArePayloadsAndAudited()
    {
        var (project, result) = await host.NewResultAsync("Cochabamba (indicators)");

        var created = await host.MutateAsync("createIndicator", new
        {
            resultId = result, code = "SG:WOMEN_TRAINED", title = "Women trained", unitLabel = "women", subjectId = project, derivation = "count(Enrolment where completed)",
        }, Fields + MutationHost.Errors);
        var id = created["indicator"]!["id"]!.GetValue<string>();
        var updated = await host.MutateAsync("updateIndicator", new { id, version = 1, title = "Women entrepreneurs trained", measure = "UNIT", unitLabel = "women", ascending = true },
            Fields + MutationHost.EditErrors);
        var deleted = await host.MutateAsync("deleteIndicator", new { id, version = 2 }, "indicator { code version } " + MutationHost.EditErrors);

        Snapshot.Match(MutationHost.Print(new JsonArray(created, updated, deleted)));
        Assert.Equal(
            [(MutationHost.Steward, AuditAction.Created, AuditOutcome.Succeeded), (MutationHost.Steward, AuditAction.Updated, AuditOutcome.Succeeded), (MutationHost.Steward, AuditAction.Deleted, AuditOutcome.Succeeded)],
            await host.AuditOfAsync(id));
    }

    [Fact]
    public async Task DomainRuleViolationsComeBackAsTypedErrorsAndSaveNothing()
    {
        var (_, result) = await host.NewResultAsync("Badly coded project");
        var (valued, version) = await host.ReferencedAsync(db => db.Indicators.Where(i => db.IndicatorValues.Any(v => v.IndicatorId == i.Id)));

        var spaced = await host.MutateAsync("createIndicator", new { resultId = result, code = "WOMEN TRAINED", title = "Women trained" }, Fields + MutationHost.Errors);
        var ghostSubject = await host.MutateAsync("createIndicator", new { resultId = result, code = "SG:GHOST", title = "Ghosts", subjectId = MutationHost.Id("Training", Domain.Common.EntityId.New()) }, Fields + MutationHost.Errors);
        var referenced = await host.MutateAsync("deleteIndicator", new { id = valued, version }, "indicator { code } " + MutationHost.EditErrors);

        Snapshot.Match(MutationHost.Print(new JsonArray(spaced, ghostSubject, referenced["errors"]![0]!["code"]!.DeepClone())));
        Assert.False(await host.WithDbAsync(db => db.Indicators.AnyAsync(i => i.ResultId == MutationHost.Key(result))));
        Assert.True(await host.WithDbAsync(db => db.Indicators.AnyAsync(i => i.Id == MutationHost.Key(valued))));
    }

    [Fact]
    public async Task StaleVersionGivesAConflictAndTheNewerDataSurvives()
    {
        var (_, result) = await host.NewResultAsync("Contested indicator project");
        var id = await host.CreateAsync("createIndicator", "indicator", new { resultId = result, code = "SG:OFFICIALS_TRAINED", title = "Officials" });
        var first = await host.MutateAsync("updateIndicator", new { id, version = 1, title = "Public officials trained", unitLabel = "officials" }, "indicator { version } " + MutationHost.EditErrors, user: "bea.steward");
        Assert.Null(first["errors"]);

        var stale = await host.MutateAsync("updateIndicator", new { id, version = 1, title = "Stale officials", measure = "PERCENTAGE" },
            "indicator { title } " + MutationHost.ErrorsWithCurrent("Indicator", "code title measure unitLabel version"));

        Snapshot.Match(MutationHost.Print(stale));
        var saved = await host.WithDbAsync(db => db.Indicators.SingleAsync(i => i.Id == MutationHost.Key(id)));
        Assert.Equal(("Public officials trained", "officials", 2L), (saved.Title, saved.UnitLabel, saved.Version));
        Assert.Equal((MutationHost.Steward, AuditAction.Updated, AuditOutcome.Conflict), (await host.AuditOfAsync(id))[^1]);
    }

    [Fact]
    public async Task AnonymousCallersAreRefusedAndNothingChanges()
    {
        var (_, result) = await host.NewResultAsync("Anonymous indicator project");

        await host.AssertAnonymousIsRefusedAsync("createIndicator", new { resultId = result, code = "SG:ANON", title = "Anonymous" });

        Assert.False(await host.WithDbAsync(db => db.Indicators.AnyAsync(i => i.ResultId == MutationHost.Key(result))));
    }
}
