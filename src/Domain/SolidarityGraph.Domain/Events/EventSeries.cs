using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Events;

/// <summary>A recurring series of events, e.g. the GSEF Training &amp; Workshop Series (DOMAIN.md §5.3 P4).</summary>
public sealed class EventSeries : EntityBase
{
    private EventSeries()
    {
        Title = string.Empty;
    }

    /// <summary>Creates a series.</summary>
    public EventSeries(string title, string? organiserId = null)
    {
        Title = Guard.Required(title, "Event series title");
        OrganiserId = Guard.OptionalId(organiserId, "Event series organiser id");
    }

    /// <summary>Corrects the title and the organiser.</summary>
    public EventSeries Retitle(string title, string? organiserId)
    {
        Title = Guard.Required(title, "Event series title");
        OrganiserId = Guard.OptionalId(organiserId, "Event series organiser id");
        return this;
    }

    /// <inheritdoc />
    public override NodeKind NodeKind => NodeKind.EventSeries;

    /// <remarks>Required, as the series is published.</remarks>
    public string Title { get; private set; }

    /// <summary>The organising organisation.</summary>
    public string? OrganiserId { get; private set; }
}
