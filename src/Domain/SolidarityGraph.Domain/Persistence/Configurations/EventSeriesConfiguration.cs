using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SolidarityGraph.Domain.Events;
using SolidarityGraph.Domain.Organisations;

namespace SolidarityGraph.Domain.Persistence.Configurations;

internal sealed class EventSeriesConfiguration : IEntityTypeConfiguration<EventSeries>
{
    public void Configure(EntityTypeBuilder<EventSeries> builder) =>
        builder.MapEntityBase("EventSeries").References<EventSeries, Organisation>(s => s.OrganiserId, required: false);
}
