using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SolidarityGraph.Domain.Persistence.Providers;

namespace SolidarityGraph.Api.Auth;

/// <summary>
/// Lets <c>dotnet ef migrations add … --context AdminIdentityDbContext</c> build the context without the host;
/// <c>-- --provider Postgres</c> selects the PostgreSQL migrations (folder <c>Auth/Migrations/Postgres</c>).
/// </summary>
internal sealed class DesignTimeIdentityContextFactory : IDesignTimeDbContextFactory<AdminIdentityDbContext>
{
    public AdminIdentityDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AdminIdentityDbContext>();
        AdminIdentityDbContext.Configure(options, DesignTimeSettings.From(args));
        return new AdminIdentityDbContext(options.Options);
    }
}
