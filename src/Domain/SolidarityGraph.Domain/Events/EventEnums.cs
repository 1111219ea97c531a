namespace SolidarityGraph.Domain.Events;

/// <summary>Kinds of dated event (DOMAIN.md §4.3).</summary>
public enum EventType
{
    Workshop,
    TrainingClass,
    Forum,
    Fair,
    Webinar,
    Meeting,
    Mobilisation,
}

/// <summary>An organisation's role in an event (DOMAIN.md §4.4).</summary>
public enum EventRoleKind
{
    Organiser,
    CoOrganiser,
    Presenter,
    Participant,
}

/// <summary>Who a training programme is for (DOMAIN.md §4.3).</summary>
public enum TrainingTargetGroup
{
    WomenEntrepreneurs,
    PublicOfficials,
    WomenBuilders,
    Community,
    Mixed,
}

/// <summary>An experience presented at an event, e.g. «Quebec, Canada» or CEPES.</summary>
public sealed record FeaturedExperience(string Label, string? OrganisationId = null, string? PlaceId = null);
