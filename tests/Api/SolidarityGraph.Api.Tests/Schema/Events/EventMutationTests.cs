using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Tests.Schema.Mutations;
using SolidarityGraph.Domain.Persistence.Auditing;
using SolidarityGraph.Testing;
using Snapshooter.Xunit;

namespace SolidarityGraph.Api.Tests.Schema.Events;

/// <summary>create/update/delete of events and event series through HTTP.</summary>
public sealed class EventMutationTests(MutationHost host) : IClassFixture<MutationHost>
{
    private const string Fields =
        "event { id title type start { value precision } end { value } online objectives audienceTypes gsefCategory place { name } series { title } project { title } version }";

    [Fact]
    public async Task CreateUpdateAndDeleteArePayloadsAndAudited()
    {
        var organiser = await host.CreateAsync("createOrganisation", "organisation", new { name = "GSEF (test)", kind = "NETWORK" });
        var place = await host.CreateAsync("createPlace", "place", new { name = "Dakar (test)", type = "CITY", countryCode = "SN" });
        var series = await host.MutateAsync("createEventSeries", new { title = "Training & Workshop Series", organiserId = organiser }, "eventSeries { id title organiser { name } version } " + MutationHost.Errors);
        var seriesId = series["eventSeries"]!["id"]!.GetValue<string>();

        var created = await host.MutateAsync("createEvent", new
        {
            title = "GSEF workshop, Dakar", type = "WORKSHOP", start = "2019-05", end = "2019-05", placeId = place, seriesId,
            objectives = new[] { "Share SSE policies" }, audienceTypes = new[] { "MUNICIPAL_GOV", "SSE_ACTORS" },
        }, Fields + MutationHost.Errors);
        var id = created["event"]!["id"]!.GetValue<string>();
        var updated = await host.MutateAsync("updateEvent", new { id, version = 1, title = "GSEF webinar", type = "WEBINAR", start = "2019-05-27", online = true, seriesId },
            Fields + MutationHost.EditErrors);
        var seriesUpdated = await host.MutateAsync("updateEventSeries", new { id = seriesId, version = 1, title = "GSEF Training & Workshop Series" }, "eventSeries { title organiser { name } events { title } version } " + MutationHost.EditErrors);
        var deleted = await host.MutateAsync("deleteEvent", new { id, version = 2 }, "event { title version } " + MutationHost.EditErrors);
        var seriesDeleted = await host.MutateAsync("deleteEventSeries", new { id = seriesId, version = 2 }, "eventSeries { title } " + MutationHost.EditErrors);

        Snapshot.Match(MutationHost.Print(new JsonArray(series, created, updated, seriesUpdated, deleted, seriesDeleted)));
        Assert.Equal(
            [(MutationHost.Steward, AuditAction.Created, AuditOutcome.Succeeded), (MutationHost.Steward, AuditAction.Updated, AuditOutcome.Succeeded), (MutationHost.Steward, AuditAction.Deleted, AuditOutcome.Succeeded)],
            await host.AuditOfAsync(id));
        Assert.Equal(AuditAction.Deleted, (await host.AuditOfAsync(seriesId))[^1].Action);
    }

    [Fact]
    public async Task DomainRuleViolationsComeBackAsTypedErrorsAndSaveNothing()
    {
        var series = await host.CreateAsync("createEventSeries", "eventSeries", new { title = "Busy series" });
        await host.CreateAsync("createEvent", "event", new { title = "Member event", type = "FORUM", seriesId = series });

        var inverted = await host.MutateAsync("createEvent", new { title = "Backwards event", type = "FORUM", start = "2020", end = "2019" }, Fields + MutationHost.Errors);
        var audience = await host.MutateAsync("createEvent", new { title = "Lower-case audience", type = "FORUM", audienceTypes = new[] { "municipal government" } }, Fields + MutationHost.Errors);
        var busy = await host.MutateAsync("deleteEventSeries", new { id = series, version = 1 }, "eventSeries { title } " + MutationHost.EditErrors);

        Snapshot.Match(MutationHost.Print(new JsonArray(inverted, audience, busy)));
        Assert.False(await host.WithDbAsync(db => db.Events.AnyAsync(e => e.Title == "Backwards event" || e.Title == "Lower-case audience")));
        Assert.True(await host.WithDbAsync(db => db.EventSeries.AnyAsync(s => s.Id == MutationHost.Key(series))));
    }

    [Fact]
    public async Task StaleVersionGivesAConflictAndTheNewerDataSurvives()
    {
        var id = await host.CreateAsync("createEvent", "event", new { title = "Fair", type = "FAIR" });
        var first = await host.MutateAsync("updateEvent", new { id, version = 1, title = "Solidarity fair", type = "FAIR", start = "2023-10" }, "event { version } " + MutationHost.EditErrors, user: "bea.steward");
        Assert.Null(first["errors"]);

        var stale = await host.MutateAsync("updateEvent", new { id, version = 1, title = "Stale fair", type = "MEETING" },
            "event { title } " + MutationHost.ErrorsWithCurrent("Event", "title type start { value } version"));

        Snapshot.Match(MutationHost.Print(stale));
        var saved = await host.WithDbAsync(db => db.Events.SingleAsync(e => e.Id == MutationHost.Key(id)));
        Assert.Equal(("Solidarity fair", "2023-10", 2L), (saved.Title, saved.Start?.Value, saved.Version));
        Assert.Equal((MutationHost.Steward, AuditAction.Updated, AuditOutcome.Conflict), (await host.AuditOfAsync(id))[^1]);
    }

    [Fact]
    public async Task AnonymousCallersAreRefusedAndNothingChanges()
    {
        await host.AssertAnonymousIsRefusedAsync("createEvent", new { title = "Anonymous event", type = "FORUM" });
        await host.AssertAnonymousIsRefusedAsync("createEventSeries", new { title = "Anonymous series" });

        Assert.False(await host.WithDbAsync(db => db.Events.AnyAsync(e => e.Title == "Anonymous event")));
        Assert.False(await host.WithDbAsync(db => db.EventSeries.AnyAsync(s => s.Title == "Anonymous series")));
    }
}
