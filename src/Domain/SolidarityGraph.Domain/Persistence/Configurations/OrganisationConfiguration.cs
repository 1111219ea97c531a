using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.Persistence.Conversions;
using SolidarityGraph.Domain.Places;

namespace SolidarityGraph.Domain.Persistence.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.MapEntityBase("Organisations")
            .References<Organisation, Organisation>(o => o.ParentId, required: false)
            .References<Organisation, Place>(o => o.HeadquartersPlaceId, required: false)
            .OwnsExternalIds(o => o.ExternalIds, "OrganisationExternalIds");
        builder.Property(o => o.AltNames).HasJsonConversion();
        builder.Property(o => o.Themes).HasJsonConversion();
        builder.HasIndex(o => o.Name);
    }
}
