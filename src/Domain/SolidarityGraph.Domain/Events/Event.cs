using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Events;

/// <summary>A dated event such as a workshop or forum (DOMAIN.md §4.3, §5.3 P4).</summary>
public sealed class Event : EntityBase
{
    private Event()
    {
        Title = string.Empty;
        Objectives = AudienceTypes = [];
        FeaturedExperiences = [];
    }

    /// <summary>Creates an event.</summary>
    public Event(string title, EventType type)
    {
        Title = Guard.Required(title, "Event title");
        Type = type;
        Objectives = AudienceTypes = [];
        FeaturedExperiences = [];
    }

    /// <inheritdoc />
    public override NodeKind NodeKind => NodeKind.Event;

    /// <remarks>Required, as the source names the event.</remarks>
    public string Title { get; private set; }

    /// <summary>Kind of event.</summary>
    public EventType Type { get; private set; }

    /// <summary>Start, as precise as stated (e.g. «(May)» 2019 is month precision).</summary>
    public PartialDate? Start { get; private set; }

    /// <summary>End, as precise as stated.</summary>
    public PartialDate? End { get; private set; }

    /// <summary>Where it took place.</summary>
    public string? PlaceId { get; private set; }

    /// <summary>True for online events.</summary>
    public bool Online { get; private set; }

    /// <summary>The series it belongs to.</summary>
    public string? SeriesId { get; private set; }

    /// <summary>The project it belongs to.</summary>
    public string? ProjectId { get; private set; }

    /// <summary>Objectives, verbatim.</summary>
    public IReadOnlyList<string> Objectives { get; private set; }

    /// <summary>Audience codes, e.g. MUNICIPAL_GOV, SSE_ACTORS.</summary>
    public IReadOnlyList<string> AudienceTypes { get; private set; }

    /// <summary>Experiences presented.</summary>
    public IReadOnlyList<FeaturedExperience> FeaturedExperiences { get; private set; }

    /// <summary>GSEF category as written.</summary>
    public string? GsefCategory { get; private set; }

    /// <summary>
    /// Replaces the whole editable state at once (the one edit path of the admin and the event mutations); a broken
    /// rule names its detail and changes nothing. Featured experiences are kept.
    /// </summary>
    public Event Edit(EventDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var title = InvalidDetailException.Check(nameof(details.Title), () => Guard.Required(details.Title, "Event title"));
        InvalidDetailException.Check(nameof(details.End), () => Guard.Ordered(details.Start, details.End, "Event start", "Event end"));
        var place = InvalidDetailException.Check(nameof(details.PlaceId), () => Guard.OptionalId(details.PlaceId, "Event place id"));
        var series = InvalidDetailException.Check(nameof(details.SeriesId), () => Guard.OptionalId(details.SeriesId, "Event series id"));
        var project = InvalidDetailException.Check(nameof(details.ProjectId), () => Guard.OptionalId(details.ProjectId, "Event project id"));
        var audiences = InvalidDetailException.Check(nameof(details.AudienceTypes),
            () => details.AudienceTypes.Select(a => Guard.UpperCode(a, "Audience type")).ToArray());

        (Title, Type, Start, End) = (title, details.Type, details.Start, details.End);
        (PlaceId, Online, SeriesId, ProjectId) = (place, details.Online, series, project);
        (Objectives, AudienceTypes, GsefCategory) = (Guard.TextList(details.Objectives), audiences, Guard.Optional(details.GsefCategory));
        return this;
    }

    /// <summary>Corrects the title and the kind of event.</summary>
    public Event Retitle(string title, EventType type)
    {
        Title = Guard.Required(title, "Event title");
        Type = type;
        return this;
    }

    /// <summary>Sets the dates; the start must not be after the end.</summary>
    public Event Schedule(PartialDate? start, PartialDate? end)
    {
        Guard.Ordered(start, end, "Event start", "Event end");
        Start = start;
        End = end;
        return this;
    }

    /// <summary>Sets where the event happened and what it belongs to.</summary>
    public Event Situate(string? placeId = null, bool online = false, string? seriesId = null, string? projectId = null)
    {
        PlaceId = Guard.OptionalId(placeId, "Event place id");
        Online = online;
        SeriesId = Guard.OptionalId(seriesId, "Event series id");
        ProjectId = Guard.OptionalId(projectId, "Event project id");
        return this;
    }

    /// <summary>Sets the descriptive lists.</summary>
    public Event Describe(IEnumerable<string>? objectives = null, IEnumerable<string>? audienceTypes = null,
        IEnumerable<FeaturedExperience>? featuredExperiences = null, string? gsefCategory = null)
    {
        Objectives = Guard.TextList(objectives);
        AudienceTypes = audienceTypes?.Select(a => Guard.UpperCode(a, "Audience type")).ToArray() ?? [];
        FeaturedExperiences = featuredExperiences?.Select(Validate).ToArray() ?? [];
        GsefCategory = Guard.Optional(gsefCategory);
        return this;
    }

    private static FeaturedExperience Validate(FeaturedExperience experience) => new(
        Guard.Required(experience.Label, "Featured experience label"),
        Guard.OptionalId(experience.OrganisationId, "Featured experience organisation id"),
        Guard.OptionalId(experience.PlaceId, "Featured experience place id"));
}
