using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SolidarityGraph.Domain.Memberships;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.People;

namespace SolidarityGraph.Domain.Persistence.Configurations;

internal sealed class AffiliationConfiguration : IEntityTypeConfiguration<Affiliation>
{
    public void Configure(EntityTypeBuilder<Affiliation> builder) =>
        builder.MapEntityBase("Affiliations")
            .References<Affiliation, PublicContact>(a => a.ContactId)
            .References<Affiliation, Organisation>(a => a.OrganisationId);
}
