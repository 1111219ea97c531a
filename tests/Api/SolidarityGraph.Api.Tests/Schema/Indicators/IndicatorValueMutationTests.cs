using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Tests.Schema.Mutations;
using SolidarityGraph.Domain.Persistence.Auditing;
using SolidarityGraph.Testing;
using Snapshooter.Xunit;

namespace SolidarityGraph.Api.Tests.Schema.Indicators;

/// <summary>createIndicatorValue / deleteIndicatorValue: reported facts with their verified STATED citation.</summary>
public sealed class IndicatorValueMutationTests(MutationHost host) : IClassFixture<MutationHost>
{
    private const string Text = "About 303 women were trained in construction; the campaign reached more than 20,573 people.";

    private const string Fields = "indicatorValue { id kind value comparator isLowerBound indicator { code } citations { quote assertion source { title } } version }";

    [Fact]
    public async Task CreateUpdateAndDeleteArePayloadsAndAudited()
    {
        var (project, indicator, source) = await SetUpAsync("Cochabamba builders");

        var created = await host.MutateAsync("createIndicatorValue", new
        {
            projectId = project, indicatorId = indicator, kind = "ACTUAL", value = "303", comparator = "APPROX", sourceId = source, quote = "About 303 women were trained",
        }, Fields + MutationHost.Errors);
        var id = created["indicatorValue"]!["id"]!.GetValue<string>();
        var updated = await host.MutateAsync("updateIndicatorValue", new { id, version = 1, periodStart = "2019", periodEnd = "2021-06", comment = "Second phase." },
            "indicatorValue { value comparator periodStart { value } periodEnd { value } comment version } " + MutationHost.EditErrors);
        var deleted = await host.MutateAsync("deleteIndicatorValue", new { id, version = 2 }, "indicatorValue { value version } " + MutationHost.EditErrors);

        Snapshot.Match(MutationHost.Print(new JsonArray(created, updated, deleted)));
        Assert.Equal(
            [(MutationHost.Steward, AuditAction.Created, AuditOutcome.Succeeded), (MutationHost.Steward, AuditAction.Updated, AuditOutcome.Succeeded),
             (MutationHost.Steward, AuditAction.Deleted, AuditOutcome.Succeeded)],
            await host.AuditOfAsync(id));
        Assert.False(await host.WithDbAsync(db => db.Citations.AnyAsync(c => c.Subject.Id == MutationHost.Key(id))));
    }

    [Fact]
    public async Task DomainRuleViolationsComeBackAsTypedErrorsAndSaveNothing()
    {
        var (project, indicator, source) = await SetUpAsync("Misquoted project");
        var (otherProject, _, _) = await SetUpAsync("Other project");

        var misquoted = await host.MutateAsync("createIndicatorValue", new
        {
            projectId = project, indicatorId = indicator, kind = "ACTUAL", value = "330", comparator = "EQ", sourceId = source, quote = "330 women were trained",
        }, Fields + MutationHost.Errors);
        var foreign = await host.MutateAsync("createIndicatorValue", new
        {
            projectId = otherProject, indicatorId = indicator, kind = "ACTUAL", value = "303", comparator = "APPROX", sourceId = source, quote = "About 303 women",
        }, Fields + MutationHost.Errors);

        Snapshot.Match(MutationHost.Print(new JsonArray(misquoted, foreign)));
        Assert.False(await host.WithDbAsync(db => db.IndicatorValues.AnyAsync(v => v.IndicatorId == MutationHost.Key(indicator))));
    }

    [Fact]
    public async Task UpdateRulesComeBackAsTypedErrorsAndChangeNothing()
    {
        var (project, indicator, source) = await SetUpAsync("Qualifier rules project");
        var id = await host.CreateAsync("createIndicatorValue", "indicatorValue", new
        {
            projectId = project, indicatorId = indicator, kind = "ACTUAL", value = "303", comparator = "APPROX", sourceId = source, quote = "About 303 women",
        });

        var inverted = await host.MutateAsync("updateIndicatorValue", new { id, version = 1, periodStart = "2024", periodEnd = "2020" }, "indicatorValue { version } " + MutationHost.EditErrors);
        var nowhere = await host.MutateAsync("updateIndicatorValue", new { id, version = 1, placeId = MutationHost.Id("Place", "00000000000000000000000000") }, "indicatorValue { version } " + MutationHost.EditErrors);

        Snapshot.Match(MutationHost.Print(new JsonArray(inverted, nowhere)));
        var saved = await host.WithDbAsync(db => db.IndicatorValues.SingleAsync(v => v.Id == MutationHost.Key(id)));
        Assert.Equal((null, null, 1L), (saved.PeriodStart, saved.PlaceId, saved.Version));
    }

    [Fact]
    public async Task StaleVersionGivesAConflictAndTheNewerDataSurvives()
    {
        var (project, indicator, source) = await SetUpAsync("Qualified value project");
        var id = await host.CreateAsync("createIndicatorValue", "indicatorValue", new
        {
            projectId = project, indicatorId = indicator, kind = "CONTEXT", value = "20573", comparator = "GT", sourceId = source, quote = "more than 20,573 people",
        });
        // Someone else qualifies the value meanwhile (version 2).
        await host.WithDbAsync(async db =>
        {
            var value = await db.IndicatorValues.SingleAsync(v => v.Id == MutationHost.Key(id));
            value.Qualify(comment: "Campaign reach.");
            return await db.SaveChangesAsync();
        });

        var stale = await host.MutateAsync("deleteIndicatorValue", new { id, version = 1 }, "indicatorValue { value } " + MutationHost.ErrorsWithCurrent("IndicatorValue", "value comment version"));

        Snapshot.Match(MutationHost.Print(stale));
        var saved = await host.WithDbAsync(db => db.IndicatorValues.SingleAsync(v => v.Id == MutationHost.Key(id)));
        Assert.Equal(("Campaign reach.", 2L), (saved.Comment, saved.Version));
        Assert.Equal((MutationHost.Steward, AuditAction.Deleted, AuditOutcome.Conflict), (await host.AuditOfAsync(id))[^1]);
    }

    [Fact]
    public async Task AnonymousCallersAreRefusedAndNothingChanges()
    {
        var (project, indicator, source) = await SetUpAsync("Anonymous value project");

        await host.AssertAnonymousIsRefusedAsync("createIndicatorValue", new
        {
            projectId = project, indicatorId = indicator, kind = "ACTUAL", value = "303", comparator = "APPROX", sourceId = source, quote = "About 303 women",
        });

        Assert.False(await host.WithDbAsync(db => db.IndicatorValues.AnyAsync(v => v.IndicatorId == MutationHost.Key(indicator))));
    }

    private async Task<(string Project, string Indicator, string Source)> SetUpAsync(string projectTitle)
    {
        var (project, result) = await host.NewResultAsync(projectTitle);
        var indicator = await host.CreateAsync("createIndicator", "indicator", new { resultId = result, code = "SG:WOMEN_TRAINED", title = "Women trained", unitLabel = "women" });
        return (project, indicator, await host.CreateSourceAsync(projectTitle + " report", Text));
    }
}
