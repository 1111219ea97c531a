using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SolidarityGraph.Domain.Indicators;
using SolidarityGraph.Domain.Persistence.Conversions;
using SolidarityGraph.Domain.Places;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Domain.Persistence.Configurations;

internal sealed class IndicatorValueConfiguration : IEntityTypeConfiguration<IndicatorValue>
{
    public void Configure(EntityTypeBuilder<IndicatorValue> builder)
    {
        builder.MapEntityBase("IndicatorValues")
            .References<IndicatorValue, Indicator>(v => v.IndicatorId)
            .References<IndicatorValue, Place>(v => v.PlaceId, required: false);
        builder.Property(v => v.Dimensions).HasJsonConversion();
        builder.Ignore(v => v.IsLowerBound);
    }
}
