using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SolidarityGraph.Domain.Fundings;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Domain.Persistence.Configurations;

internal sealed class FundingConfiguration : IEntityTypeConfiguration<Funding>
{
    public void Configure(EntityTypeBuilder<Funding> builder)
    {
        builder.MapEntityBase("Fundings")
            .References<Funding, Organisation>(f => f.FunderId)
            .References<Funding, Organisation>(f => f.RecipientId, required: false)
            .References<Funding, Project>(f => f.ProjectId, required: false);
        builder.Property(f => f.Currency).HasMaxLength(3);
        builder.Ignore(f => f.Value);

        // The database repeats the domain's rules so rows written around the domain cannot break them either.
        builder.ToTable(table =>
        {
            table.HasCheckConstraint("CK_Fundings_CurrencyWithAmount", "(\"Amount\" IS NULL) = (\"Currency\" IS NULL)");
            table.HasCheckConstraint("CK_Fundings_Target", "\"RecipientId\" IS NOT NULL OR \"ProjectId\" IS NOT NULL");
        });
    }
}
