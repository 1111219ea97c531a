using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Events;

/// <summary>
/// The whole editable state of an <see cref="Event"/>, given to <see cref="Event.Edit"/> at once by the admin and the
/// event mutations. Featured experiences are curated elsewhere and not part of it.
/// </summary>
public sealed record EventDetails
{
    /// <summary>Required, never blank.</summary>
    public required string Title { get; init; }

    /// <summary>Kind of event.</summary>
    public EventType Type { get; init; }

    /// <summary>Start, as precise as stated.</summary>
    public PartialDate? Start { get; init; }

    /// <summary>End, as precise as stated; not before the start.</summary>
    public PartialDate? End { get; init; }

    /// <summary>Where it took place.</summary>
    public string? PlaceId { get; init; }

    /// <summary>True for online events.</summary>
    public bool Online { get; init; }

    /// <summary>The series it belongs to.</summary>
    public string? SeriesId { get; init; }

    /// <summary>The project it belongs to.</summary>
    public string? ProjectId { get; init; }

    /// <summary>Objectives, verbatim.</summary>
    public IReadOnlyList<string> Objectives { get; init; } = [];

    /// <summary>Audience codes, e.g. MUNICIPAL_GOV.</summary>
    public IReadOnlyList<string> AudienceTypes { get; init; } = [];

    /// <summary>GSEF category as written.</summary>
    public string? GsefCategory { get; init; }

    /// <summary>The details <paramref name="event"/> has now.</summary>
    public static EventDetails Of(Event @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        return new EventDetails
        {
            Title = @event.Title,
            Type = @event.Type,
            Start = @event.Start,
            End = @event.End,
            PlaceId = @event.PlaceId,
            Online = @event.Online,
            SeriesId = @event.SeriesId,
            ProjectId = @event.ProjectId,
            Objectives = @event.Objectives,
            AudienceTypes = @event.AudienceTypes,
            GsefCategory = @event.GsefCategory,
        };
    }
}
