using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Policy;

namespace SolidarityGraph.Domain.Tests.Policy;

public sealed class PolicyProposalTests
{
    [Fact]
    public void StatusDefaultsToUnknownAndCanBeUpdated()
    {
        var proposal = new PolicyProposal(Ids.A, level: PolicyLevel.Municipal);

        Assert.Equal(ProposalStatus.Unknown, proposal.Status);
        Assert.Equal(ProposalStatus.Presented, proposal.Describe(status: ProposalStatus.Presented).Status);
    }

    [Fact]
    public void PresentedToMustBeEntityIds() =>
        DomainAssert.Throws(
            DomainErrorCodes.InvalidId,
            "Presented-to organisation id 'O17' is not a valid SolidarityGraph id.",
            () => new PolicyProposal(Ids.A).Describe(presentedToOrganisationIds: ["O17"]));
}
