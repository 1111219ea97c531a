using Microsoft.EntityFrameworkCore.Design;

namespace SolidarityGraph.Domain.Persistence;

/// <summary>Lets <c>dotnet ef</c> build the model without the Api host (the Domain project is its own startup project).</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<SolidarityGraphDbContext>
{
    public SolidarityGraphDbContext CreateDbContext(string[] args) =>
        DatabaseInitializer.CreateContext(DatabaseInitializer.DefaultConnectionString);
}
