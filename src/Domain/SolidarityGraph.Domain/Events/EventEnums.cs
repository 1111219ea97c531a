namespace SolidarityGraph.Domain.Events;

/// <summary>Kinds of dated event (DOMAIN.md §4.3).</summary>
public enum EventType
{
    /// <remarks>A hands-on session with a small group.</remarks>
    Workshop,

    /// <remarks>One session of a training programme (<see cref="Training"/> links its events).</remarks>
    TrainingClass,

    /// <remarks>A public debate or conference with several speakers.</remarks>
    Forum,

    /// <remarks>A market or exhibition where initiatives show or sell their work.</remarks>
    Fair,

    /// <remarks>An online talk or seminar.</remarks>
    Webinar,

    /// <remarks>A working meeting, e.g. of a network or with public officials.</remarks>
    Meeting,

    /// <remarks>A march, rally or other public action.</remarks>
    Mobilisation,
}

/// <summary>An organisation's role in an event (DOMAIN.md §4.4).</summary>
public enum EventRoleKind
{
    /// <summary>Runs the event.</summary>
    Organiser,

    /// <summary>Runs the event with the organiser.</summary>
    CoOrganiser,

    /// <summary>Speaks or presents an experience at it.</summary>
    Presenter,

    /// <summary>Takes part without a role in running it.</summary>
    Participant,
}

/// <summary>Who a training programme is for (DOMAIN.md §4.3).</summary>
public enum TrainingTargetGroup
{
    /// <remarks>Women running their own small businesses.</remarks>
    WomenEntrepreneurs,

    /// <remarks>Staff and elected members of public bodies.</remarks>
    PublicOfficials,

    /// <remarks>Women trained in construction trades.</remarks>
    WomenBuilders,

    /// <remarks>Residents of the communities the project works in.</remarks>
    Community,

    /// <remarks>Several of the other groups together.</remarks>
    Mixed,
}

/// <summary>An experience presented at an event, e.g. «Quebec, Canada» or CEPES.</summary>
public sealed record FeaturedExperience(string Label, string? OrganisationId = null, string? PlaceId = null);
