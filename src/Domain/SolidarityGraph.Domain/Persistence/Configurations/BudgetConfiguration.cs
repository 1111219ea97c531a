using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Domain.Persistence.Configurations;

internal sealed class BudgetConfiguration : IEntityTypeConfiguration<Budget>
{
    public void Configure(EntityTypeBuilder<Budget> builder)
    {
        builder.MapEntityBase("Budgets").References<Budget, Project>(b => b.ProjectId);
        builder.OwnsOne(b => b.Value, m =>
        {
            m.Property(x => x.Amount).HasColumnName("Amount");
            m.Property(x => x.Currency).HasColumnName("Currency").HasMaxLength(3);
        });
        builder.Navigation(b => b.Value).IsRequired();
    }
}
