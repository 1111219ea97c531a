using Microsoft.EntityFrameworkCore.Design;
using SolidarityGraph.Domain.Persistence.Providers;

namespace SolidarityGraph.Domain.Persistence;

/// <summary>
/// Lets <c>dotnet ef</c> build the model without the Api host (the Domain project is its own startup project).
/// <c>-- --provider Postgres</c> after the tool's own options selects the PostgreSQL model and migrations.
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<SolidarityGraphDbContext>
{
    public SolidarityGraphDbContext CreateDbContext(string[] args) =>
        DatabaseInitializer.CreateContext(DesignTimeSettings.From(args));
}
