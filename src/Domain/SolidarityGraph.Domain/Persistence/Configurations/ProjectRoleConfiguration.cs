using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SolidarityGraph.Domain.People;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Domain.Persistence.Configurations;

internal sealed class ProjectRoleConfiguration : IEntityTypeConfiguration<ProjectRole>
{
    public void Configure(EntityTypeBuilder<ProjectRole> builder) =>
        builder.MapEntityBase("ProjectRoles")
            .References<ProjectRole, PublicContact>(r => r.ContactId)
            .References<ProjectRole, Project>(r => r.ProjectId);
}
