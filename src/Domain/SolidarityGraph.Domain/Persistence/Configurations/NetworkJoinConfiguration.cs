using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.People;

namespace SolidarityGraph.Domain.Persistence.Configurations;

internal sealed class NetworkJoinConfiguration : IEntityTypeConfiguration<NetworkJoin>
{
    public void Configure(EntityTypeBuilder<NetworkJoin> builder) =>
        builder.MapEntityBase("NetworkJoins")
            .References<NetworkJoin, Entrepreneur>(e => e.EntrepreneurId)
            .References<NetworkJoin, Organisation>(e => e.OrganisationId);
}
