using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SolidarityGraph.Domain.Memberships;
using SolidarityGraph.Domain.Organisations;

namespace SolidarityGraph.Domain.Persistence.Configurations;

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder) =>
        builder.MapEntityBase("Memberships")
            .References<Membership, Organisation>(m => m.MemberId)
            .References<Membership, Organisation>(m => m.NetworkId);
}
