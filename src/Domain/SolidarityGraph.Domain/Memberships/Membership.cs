using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Memberships;

/// <summary>An organisation's membership of a network organisation (DOMAIN.md §4.4).</summary>
public sealed class Membership : EntityBase
{
    private Membership()
    {
        MemberId = NetworkId = string.Empty;
    }

    /// <summary>Creates the edge; an organisation cannot be a member of itself.</summary>
    public Membership(string memberId, string networkId, string? memberType = null, PartialDate? since = null)
    {
        MemberId = Guard.RequiredId(memberId, "Member organisation id");
        NetworkId = Guard.RequiredId(networkId, "Network organisation id");
        Guard.NotSelf(MemberId, NetworkId, $"Organisation {MemberId} cannot be a member of itself.");
        MemberType = Guard.Optional(memberType);
        Since = since;
    }

    /// <inheritdoc />
    public override NodeKind NodeKind => NodeKind.Membership;

    /// <summary>The member organisation.</summary>
    public string MemberId { get; private set; }

    /// <summary>The network it belongs to; never the member itself.</summary>
    public string NetworkId { get; private set; }

    /// <summary>Kind of membership, as written.</summary>
    public string? MemberType { get; private set; }

    /// <summary>Since when.</summary>
    public PartialDate? Since { get; private set; }
}
