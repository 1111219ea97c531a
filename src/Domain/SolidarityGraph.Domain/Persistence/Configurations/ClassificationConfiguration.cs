using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SolidarityGraph.Domain.Classifications;

namespace SolidarityGraph.Domain.Persistence.Configurations;

internal sealed class ClassificationConfiguration : IEntityTypeConfiguration<Classification>
{
    public void Configure(EntityTypeBuilder<Classification> builder)
    {
        builder.MapEntityBase("Classifications");
        builder.OwnsSubject(c => c.Subject, "Subject", required: true);
        builder.HasIndex(c => new { c.Scheme, c.Code });
    }
}
