using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SolidarityGraph.Domain.Persistence.Conversions;
using SolidarityGraph.Domain.Policy;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Domain.Persistence.Configurations;

internal sealed class PolicyProposalConfiguration : IEntityTypeConfiguration<PolicyProposal>
{
    public void Configure(EntityTypeBuilder<PolicyProposal> builder)
    {
        builder.MapEntityBase("PolicyProposals").References<PolicyProposal, Project>(p => p.ProjectId);
        builder.Property(p => p.PresentedToOrganisationIds).HasJsonConversion();
    }
}
