namespace SolidarityGraph.Domain.Common;

/// <summary>
/// Every kind of node and edge that can be the subject of a citation, a classification or an indicator.
/// Stored by name, so members may be added but never renamed.
/// </summary>
public enum NodeKind
{
    /// <summary>Node: a published document that citations quote.</summary>
    Source,

    /// <summary>Node: an NGO, cooperative, network, funder, public body or other organisation.</summary>
    Organisation,

    /// <summary>Node: a role-holder named in a public source.</summary>
    PublicContact,

    /// <summary>Node, steward-only: a beneficiary with personal data.</summary>
    Entrepreneur,

    /// <summary>Node: a project, programme or documented practice (an IATI activity).</summary>
    Project,

    /// <summary>Node: a project budget for a period.</summary>
    Budget,

    /// <summary>Edge organisation → project, with its role.</summary>
    Participation,

    /// <summary>Edge public contact → project, with its role.</summary>
    ProjectRole,

    /// <summary>Edge project → place, with its role.</summary>
    ProjectLocation,

    /// <summary>Node: an agreement between parties, optionally of a project.</summary>
    Agreement,

    /// <summary>Node: an output, outcome or impact of a project.</summary>
    Result,

    /// <summary>Node: what a result is measured by.</summary>
    Indicator,

    /// <summary>Node: one reported number of an indicator.</summary>
    IndicatorValue,

    /// <summary>Edge funder → recipient organisation and/or project.</summary>
    Funding,

    /// <summary>Node: a country, region, city or community.</summary>
    Place,

    /// <summary>Node: a dated event.</summary>
    Event,

    /// <summary>Node: a recurring series of events.</summary>
    EventSeries,

    /// <summary>Edge organisation → event, with its role.</summary>
    EventRole,

    /// <summary>Node: a training programme of a project.</summary>
    Training,

    /// <summary>Node: an awareness campaign of a project.</summary>
    Campaign,

    /// <summary>Node: an individually known policy proposal.</summary>
    PolicyProposal,

    /// <summary>Edge member organisation → network.</summary>
    Membership,

    /// <summary>Edge public contact → organisation.</summary>
    Affiliation,

    /// <summary>Edge entrepreneur → training, steward-only.</summary>
    Enrolment,

    /// <summary>Edge entrepreneur → organisation, steward-only.</summary>
    NetworkJoin,

    /// <summary>Edge node → concept of a scheme (DAC sector, SDG, ESSGlobal …).</summary>
    Classification,

    /// <summary>Edge: the provenance of fields of a node or edge, quoting a source.</summary>
    Citation,
}
