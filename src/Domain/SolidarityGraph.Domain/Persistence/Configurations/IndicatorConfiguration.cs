using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SolidarityGraph.Domain.Indicators;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Domain.Persistence.Configurations;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.MapEntityBase("Indicators").References<Indicator, Result>(i => i.ResultId);
        builder.OwnsSubject(i => i.Subject, "Subject", required: false);
        builder.HasIndex(i => i.Code);
    }
}
