using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Events;

/// <summary>An organisation's role in an event (DOMAIN.md §4.4).</summary>
public sealed class EventRole : EntityBase
{
    private EventRole()
    {
        OrganisationId = EventId = string.Empty;
    }

    /// <summary>Creates the edge.</summary>
    public EventRole(string organisationId, string eventId, EventRoleKind role)
    {
        OrganisationId = Guard.RequiredId(organisationId, "Event role organisation id");
        EventId = Guard.RequiredId(eventId, "Event role event id");
        Role = role;
    }

    /// <inheritdoc />
    public override NodeKind NodeKind => NodeKind.EventRole;

    /// <summary>The organisation with the role.</summary>
    public string OrganisationId { get; private set; }

    /// <summary>The event.</summary>
    public string EventId { get; private set; }

    /// <summary>What the organisation does at the event.</summary>
    public EventRoleKind Role { get; private set; }
}
