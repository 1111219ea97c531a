using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SolidarityGraph.Domain.Persistence.Conversions;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Domain.Persistence.Configurations;

internal sealed class CitationConfiguration : IEntityTypeConfiguration<Citation>
{
    public void Configure(EntityTypeBuilder<Citation> builder)
    {
        builder.MapEntityBase("Citations").References<Citation, Source>(c => c.SourceId);
        builder.OwnsSubject(c => c.Subject, "Subject", required: true);
        builder.Property(c => c.Supports).HasJsonConversion();
    }
}
