using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Auth;

/// <summary>Lets <c>dotnet ef migrations add … --context AdminIdentityDbContext</c> build the context without the host.</summary>
internal sealed class DesignTimeIdentityContextFactory : IDesignTimeDbContextFactory<AdminIdentityDbContext>
{
    public AdminIdentityDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AdminIdentityDbContext>();
        AdminIdentityDbContext.Configure(options, DatabaseInitializer.DefaultConnectionString);
        return new AdminIdentityDbContext(options.Options);
    }
}
