using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Domain.Persistence.Configurations;

internal sealed class ParticipationConfiguration : IEntityTypeConfiguration<Participation>
{
    public void Configure(EntityTypeBuilder<Participation> builder)
    {
        builder.MapEntityBase("Participations")
            .References<Participation, Organisation>(p => p.OrganisationId)
            .References<Participation, Project>(p => p.ProjectId);
        builder.Ignore(p => p.IatiRoleCode);
    }
}
