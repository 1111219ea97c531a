using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Privacy;

namespace SolidarityGraph.Domain.People;

/// <summary>An entrepreneur joining a network organisation: steward-only evidence (DOMAIN.md §4.4).</summary>
[Privacy(PrivacyClass.S)]
public sealed class NetworkJoin : EntityBase
{
    private NetworkJoin()
    {
        EntrepreneurId = OrganisationId = string.Empty;
    }

    /// <summary>Records that an entrepreneur joined a network.</summary>
    public NetworkJoin(string entrepreneurId, string organisationId, PartialDate? joinedOn = null)
    {
        EntrepreneurId = Guard.RequiredId(entrepreneurId, "Entrepreneur id");
        OrganisationId = Guard.RequiredId(organisationId, "Network organisation id");
        JoinedOn = joinedOn;
    }

    /// <inheritdoc />
    public override NodeKind NodeKind => NodeKind.NetworkJoin;

    /// <summary>The person.</summary>
    public string EntrepreneurId { get; private set; }

    /// <summary>The network joined.</summary>
    public string OrganisationId { get; private set; }

    /// <summary>When the person joined.</summary>
    public PartialDate? JoinedOn { get; private set; }
}
