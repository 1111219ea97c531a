using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.People;
using SolidarityGraph.Domain.Persistence.Conversions;
using SolidarityGraph.Domain.Places;

namespace SolidarityGraph.Domain.Persistence.Configurations;

internal sealed class EntrepreneurConfiguration : IEntityTypeConfiguration<Entrepreneur>
{
    public void Configure(EntityTypeBuilder<Entrepreneur> builder)
    {
        builder.MapEntityBase("Entrepreneurs")
            .References<Entrepreneur, Place>(e => e.MunicipalityPlaceId, required: false)
            .References<Entrepreneur, Organisation>(e => e.EnterpriseOrganisationId, required: false);
        builder.HasIndex(e => e.PseudoId).IsUnique();
        builder.OwnsOne(e => e.Consent, c =>
        {
            c.Property(x => x.GivenAt).HasColumnName("ConsentGivenAt");
            c.Property(x => x.WithdrawnAt).HasColumnName("ConsentWithdrawnAt");
            c.Property(x => x.Scope).HasColumnName("ConsentScope").HasJsonConversion();
            c.Ignore(x => x.IsActive);
        });
        builder.Navigation(e => e.Consent).IsRequired();
    }
}
