using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SolidarityGraph.Domain.Persistence.Conversions;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Domain.Persistence.Configurations;

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> builder)
    {
        builder.MapEntityBase("Agreements").References<Agreement, Project>(a => a.ProjectId, required: false);
        builder.Property(a => a.PartyOrganisationIds).HasJsonConversion();
    }
}
