namespace SolidarityGraph.Domain.Common;

/// <summary>
/// Every kind of node and edge that can be the subject of a citation, a classification or an indicator.
/// Stored by name, so members may be added but never renamed.
/// </summary>
public enum NodeKind
{
    Source,
    Organisation,
    PublicContact,
    Entrepreneur,
    Project,
    Budget,
    Participation,
    ProjectRole,
    ProjectLocation,
    Agreement,
    Result,
    Indicator,
    IndicatorValue,
    Funding,
    Place,
    Event,
    EventSeries,
    EventRole,
    Training,
    Campaign,
    PolicyProposal,
    Membership,
    Affiliation,
    Enrolment,
    NetworkJoin,
    Classification,
    Citation,
}
