using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SolidarityGraph.Domain.Events;
using SolidarityGraph.Domain.Persistence.Conversions;
using SolidarityGraph.Domain.Places;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Domain.Persistence.Configurations;

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.MapEntityBase("Events")
            .References<Event, Place>(e => e.PlaceId, required: false)
            .References<Event, EventSeries>(e => e.SeriesId, required: false)
            .References<Event, Project>(e => e.ProjectId, required: false);
        builder.Property(e => e.Objectives).HasJsonConversion();
        builder.Property(e => e.AudienceTypes).HasJsonConversion();
        builder.Property(e => e.FeaturedExperiences).HasJsonConversion();
    }
}
