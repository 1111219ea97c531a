using SolidarityGraph.Api.Schema.Node;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.Policy;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.GraphQL.CodeFirst;

namespace SolidarityGraph.Api.Schema.Policy;

/// <summary>A public-policy proposal built by a project.</summary>
internal sealed class PolicyProposalType : NodeObjectType<PolicyProposal>
{
    protected override void ConfigureNode(IObjectTypeDescriptor<PolicyProposal> descriptor)
    {
        descriptor.Description("A public-policy proposal a project built or presented, from municipal to regional level; recorded only when the source names it individually.");
        descriptor.Reference<PolicyProposal, Project>("project", p => p.ProjectId, required: true);
        descriptor.References<PolicyProposal, Organisation>("presentedTo", p => p.PresentedToOrganisationIds);
    }
}
