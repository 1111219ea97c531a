using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SolidarityGraph.Domain.Persistence.Conversions;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Domain.Persistence.Configurations;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.MapEntityBase("Projects")
            .References<Project, Project>(p => p.ParentId, required: false)
            .OwnsExternalIds(p => p.ExternalIds, "ProjectExternalIds");
        builder.Property(p => p.AlternativeTitles).HasJsonConversion();
        builder.Property(p => p.Objectives).HasJsonConversion();
        builder.Property(p => p.Components).HasJsonConversion();
        builder.Ignore(p => p.Exportable);
        builder.Property(p => p.Dates).HasJsonConversion();
        builder.HasIndex(p => p.Title);
    }
}
