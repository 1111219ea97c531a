using SolidarityGraph.Api.Schema.Mutations;
using SolidarityGraph.Domain.Events;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Places;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.GraphQL.CodeFirst;
using DomainEventType = SolidarityGraph.Domain.Events.EventType;

namespace SolidarityGraph.Api.Schema.Events;

/// <summary>
/// Create, update and delete dated events and event series. An event update states the whole editable state at the
/// <c>version</c> it was read at; its featured experiences are curated elsewhere and kept.
/// </summary>
[MutationType]
public static class EventMutations
{
    /// <summary>Creates an event.</summary>
    [GraphQLDescription("Creates a dated event (workshop, forum, fair …), optionally in a place, a series and a project.")]
    public static async Task<Event> CreateEventAsync(
        [Service] SolidarityGraphDbContext db,
        string title,
        DomainEventType type,
        [GraphQLDescription("Partial date: YYYY, YYYY-MM or YYYY-MM-DD, `~` suffix when approximate.")] string? start,
        string? end,
        [ID] string? placeId,
        bool? online,
        [ID] string? seriesId,
        [ID] string? projectId,
        IReadOnlyList<string>? objectives,
        [GraphQLDescription("Audience codes, e.g. MUNICIPAL_GOV, SSE_ACTORS.")] IReadOnlyList<string>? audienceTypes,
        string? gsefCategory,
        CancellationToken cancellationToken)
    {
        var entity = MutationInputs.OnField("title", () => new Event(title, type));
        await ApplyAsync(db, entity, title, type, start, end, placeId, online, seriesId, projectId, objectives, audienceTypes, gsefCategory, cancellationToken);
        db.Events.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        return entity;
    }

    /// <summary>Replaces the editable fields of an event read at <paramref name="version"/>.</summary>
    [GraphQLDescription("Replaces the editable fields of an event read at `version` (featured experiences are kept); a stale version gives a ConcurrencyError.")]
    public static async Task<Event> UpdateEventAsync(
        [Service] SolidarityGraphDbContext db,
        [ID] string id,
        long version,
        string title,
        DomainEventType type,
        string? start,
        string? end,
        [ID] string? placeId,
        bool? online,
        [ID] string? seriesId,
        [ID] string? projectId,
        IReadOnlyList<string>? objectives,
        IReadOnlyList<string>? audienceTypes,
        string? gsefCategory,
        CancellationToken cancellationToken)
    {
        var entity = await MutationInputs.LoadForEditAsync<Event>(db, id, version, cancellationToken);
        await ApplyAsync(db, entity, title, type, start, end, placeId, online, seriesId, projectId, objectives, audienceTypes, gsefCategory, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return entity;
    }

    /// <summary>Deletes an event that nothing refers to any more.</summary>
    [GraphQLDescription("Deletes an event read at `version`, with its citations; refused (DELETE_HAS_DEPENDENTS) while trainings, campaigns or roles refer to it.")]
    public static Task<Event> DeleteEventAsync([Service] SolidarityGraphDbContext db, [ID] string id, long version, CancellationToken cancellationToken) =>
        MutationInputs.DeleteAsync<Event>(db, id, version, cancellationToken);

    /// <summary>Creates an event series.</summary>
    [GraphQLDescription("Creates a series of events, optionally with its organising organisation.")]
    public static async Task<EventSeries> CreateEventSeriesAsync(
        [Service] SolidarityGraphDbContext db, string title, [ID] string? organiserId, CancellationToken cancellationToken)
    {
        var organiser = MutationInputs.OptionalKey(organiserId, nameof(Organisation));
        await MutationInputs.RequireAsync<Organisation>(db, organiser, cancellationToken);
        var series = MutationInputs.OnField("title", () => new EventSeries(title, organiser));
        db.EventSeries.Add(series);
        await db.SaveChangesAsync(cancellationToken);
        return series;
    }

    /// <summary>Replaces title and organiser of a series read at <paramref name="version"/>.</summary>
    [GraphQLDescription("Replaces title and organiser of an event series read at `version`; a stale version gives a ConcurrencyError.")]
    public static async Task<EventSeries> UpdateEventSeriesAsync(
        [Service] SolidarityGraphDbContext db, [ID] string id, long version, string title, [ID] string? organiserId, CancellationToken cancellationToken)
    {
        var series = await MutationInputs.LoadForEditAsync<EventSeries>(db, id, version, cancellationToken);
        var organiser = MutationInputs.OptionalKey(organiserId, nameof(Organisation));
        await MutationInputs.RequireAsync<Organisation>(db, organiser, cancellationToken);
        MutationInputs.OnField("title", () => series.Retitle(title, organiser));
        await db.SaveChangesAsync(cancellationToken);
        return series;
    }

    /// <summary>Deletes a series no event belongs to any more.</summary>
    [GraphQLDescription("Deletes an event series read at `version`; refused (DELETE_HAS_DEPENDENTS) while events belong to it.")]
    public static Task<EventSeries> DeleteEventSeriesAsync([Service] SolidarityGraphDbContext db, [ID] string id, long version, CancellationToken cancellationToken) =>
        MutationInputs.DeleteAsync<EventSeries>(db, id, version, cancellationToken);

    // Through Event.Edit, like the admin: references are checked here, every rule of the record in the domain.
    private static async Task ApplyAsync(SolidarityGraphDbContext db, Event entity, string title, DomainEventType type, string? start, string? end,
        string? placeId, bool? online, string? seriesId, string? projectId, IReadOnlyList<string>? objectives, IReadOnlyList<string>? audienceTypes,
        string? gsefCategory, CancellationToken cancellationToken)
    {
        var place = MutationInputs.OptionalKey(placeId, nameof(Place));
        var series = MutationInputs.OptionalKey(seriesId, nameof(EventSeries));
        var project = MutationInputs.OptionalKey(projectId, nameof(Project));
        await MutationInputs.RequireAsync<Place>(db, place, cancellationToken);
        await MutationInputs.RequireAsync<EventSeries>(db, series, cancellationToken);
        await MutationInputs.RequireAsync<Project>(db, project, cancellationToken);
        entity.Edit(new EventDetails
        {
            Title = title,
            Type = type,
            Start = MutationInputs.Date(start, "start"),
            End = MutationInputs.Date(end, "end"),
            PlaceId = place,
            Online = online ?? false,
            SeriesId = series,
            ProjectId = project,
            Objectives = objectives ?? [],
            AudienceTypes = audienceTypes ?? [],
            GsefCategory = gsefCategory,
        });
    }
}
