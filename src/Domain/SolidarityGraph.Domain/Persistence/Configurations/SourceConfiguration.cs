using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Domain.Persistence.Configurations;

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.MapEntityBase("Sources").References<Source, Organisation>(s => s.PublisherId, required: false);
        builder.Property(s => s.ContentSha256).HasMaxLength(64);
        builder.HasIndex(s => s.ContentSha256);
    }
}
