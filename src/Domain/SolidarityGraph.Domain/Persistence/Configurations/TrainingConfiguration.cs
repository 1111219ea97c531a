using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SolidarityGraph.Domain.Events;
using SolidarityGraph.Domain.Persistence.Conversions;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Domain.Persistence.Configurations;

internal sealed class TrainingConfiguration : IEntityTypeConfiguration<Training>
{
    public void Configure(EntityTypeBuilder<Training> builder)
    {
        builder.MapEntityBase("Trainings").References<Training, Project>(t => t.ProjectId);
        builder.Property(t => t.Topics).HasJsonConversion();
        builder.Property(t => t.DeliveredByOrganisationIds).HasJsonConversion();
        builder.Property(t => t.EventIds).HasJsonConversion();
    }
}
