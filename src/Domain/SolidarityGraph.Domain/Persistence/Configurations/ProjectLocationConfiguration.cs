using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SolidarityGraph.Domain.Places;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Domain.Persistence.Configurations;

internal sealed class ProjectLocationConfiguration : IEntityTypeConfiguration<ProjectLocation>
{
    public void Configure(EntityTypeBuilder<ProjectLocation> builder) =>
        builder.MapEntityBase("ProjectLocations")
            .References<ProjectLocation, Project>(l => l.ProjectId)
            .References<ProjectLocation, Place>(l => l.PlaceId);
}
