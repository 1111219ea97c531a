using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Fundings;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.Persistence.Auditing;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Domain.Tests.Persistence;

public sealed class AuditTrailTests(SqliteFileDatabase database) : IClassFixture<SqliteFileDatabase>
{
    [Fact]
    public async Task CreationIsAuditedInTheSameSave()
    {
        await using var context = database.CreateContext("steward@example.org");
        var project = new Project("Audited", ProjectKind.AdvocacyProject);
        context.Projects.Add(project);
        await context.SaveChangesAsync();

        var entry = await SingleEntryAsync(project.Id, AuditAction.Created);
        Assert.Equal("steward@example.org", entry.Actor);
        Assert.Equal("Project", entry.EntityType);
        Assert.Equal(AuditOutcome.Succeeded, entry.Outcome);
        Assert.Equal(DateTimeKind.Utc, entry.Timestamp.Kind);
        Assert.Null(entry.Before);
        Assert.Equal("Audited", Json(entry.After!).GetProperty("Title").GetString());
    }

    [Fact]
    public async Task UpdateRecordsBeforeAndAfter()
    {
        await using var context = database.CreateContext();
        var project = new Project("Before", ProjectKind.Programme);
        context.Projects.Add(project);
        await context.SaveChangesAsync();
        project.Retitle("After").SetDate(ActivityDateType.PlannedStart, PartialDate.OfYear(2020));
        await context.SaveChangesAsync();

        var entry = await SingleEntryAsync(project.Id, AuditAction.Updated);
        Assert.Equal("Before", Json(entry.Before!).GetProperty("Title").GetString());
        Assert.Equal(1, Json(entry.Before!).GetProperty("Version").GetInt64());
        var after = Json(entry.After!);
        Assert.Equal("After", after.GetProperty("Title").GetString());
        Assert.Equal(2, after.GetProperty("Version").GetInt64());
        Assert.Equal("2020", after.GetProperty("Dates")[0].GetProperty("date").GetString());
        Assert.Equal("PlannedStart", after.GetProperty("Dates")[0].GetProperty("type").GetString());
    }

    [Fact]
    public async Task DecimalsAreAuditedExactly()
    {
        await using var context = database.CreateContext();
        var setec = new Organisation("setec Foundation", OrganisationKind.Foundation);
        var manoAMano = new Organisation("Mano a Mano Peru", OrganisationKind.Association);
        var funding = new Funding(setec.Id, manoAMano.Id, null, 16322.00m, "EUR");
        context.AddRange(setec, manoAMano, funding);
        await context.SaveChangesAsync();

        var entry = await SingleEntryAsync(funding.Id, AuditAction.Created);
        Assert.Equal("16322.00", Json(entry.After!).GetProperty("Amount").GetRawText());
    }

    [Fact]
    public async Task DeletionIsAudited()
    {
        await using var context = database.CreateContext();
        var organisation = new Organisation("Short-lived", OrganisationKind.Other);
        context.Organisations.Add(organisation);
        await context.SaveChangesAsync();
        context.Organisations.Remove(organisation);
        await context.SaveChangesAsync();

        var entry = await SingleEntryAsync(organisation.Id, AuditAction.Deleted);
        Assert.Null(entry.After);
        Assert.Equal("Short-lived", Json(entry.Before!).GetProperty("Name").GetString());
    }

    [Fact]
    public async Task ADatabaseFailureIsAuditedAsFailedAndNothingIsStored()
    {
        await using var context = database.CreateContext();
        var orphan = new Participation(EntityId.New(), EntityId.New(), ParticipationRole.Implementing);
        context.Participations.Add(orphan);

        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());

        var entry = await SingleEntryAsync(orphan.Id, AuditAction.Created);
        Assert.Equal(AuditOutcome.Failed, entry.Outcome);
        await using var reader = database.CreateContext();
        Assert.False(await reader.Participations.AnyAsync(p => p.Id == orphan.Id));
    }

    private async Task<AuditEntry> SingleEntryAsync(string entityId, AuditAction action)
    {
        await using var reader = database.CreateContext();
        return await reader.AuditEntries.AsNoTracking().SingleAsync(a => a.EntityId == entityId && a.Action == action);
    }

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement;
}
