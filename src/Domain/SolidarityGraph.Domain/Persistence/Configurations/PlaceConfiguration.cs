using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SolidarityGraph.Domain.Places;

namespace SolidarityGraph.Domain.Persistence.Configurations;

internal sealed class PlaceConfiguration : IEntityTypeConfiguration<Place>
{
    public void Configure(EntityTypeBuilder<Place> builder)
    {
        builder.MapEntityBase("Places").References<Place, Place>(p => p.ParentId, required: false);
        builder.OwnsOne(p => p.Point, g =>
        {
            g.Property(x => x.Latitude).HasColumnName("Latitude");
            g.Property(x => x.Longitude).HasColumnName("Longitude");
        });
        builder.HasIndex(p => p.CountryCode);
        builder.HasIndex(p => p.Iso3166_2);
    }
}
