using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Auth;
using SolidarityGraph.Domain.Persistence.Providers;

namespace SolidarityGraph.Api.Tests.Schema;

/// <summary>The Identity/OpenIddict context's migrations, per provider (PostgreSQL's in <c>Auth/Migrations/Postgres</c>), match the model.</summary>
public sealed class IdentityMigrationsTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public void MigrationsMatchTheModel(string provider)
    {
        using var context = Context(provider);
        // `dotnet ef migrations has-pending-model-changes --context AdminIdentityDbContext` for this provider.
        Assert.False(context.Database.HasPendingModelChanges(), $"The {provider} Identity migrations lag behind the model: add one.");
    }

    [Fact]
    public void EachProviderSeesOnlyItsOwnMigrations()
    {
        using var sqlite = Context("Sqlite");
        using var postgres = Context("Postgres");
        var sqliteMigrations = sqlite.Database.GetMigrations().ToList();
        var postgresMigrations = postgres.Database.GetMigrations().ToList();

        Assert.Contains(sqliteMigrations, m => m.EndsWith("_InitialIdentity", StringComparison.Ordinal));
        Assert.Contains(postgresMigrations, m => m.EndsWith("_PostgresInitial", StringComparison.Ordinal));
        Assert.Empty(sqliteMigrations.Intersect(postgresMigrations));
    }

    private static AdminIdentityDbContext Context(string provider)
    {
        var options = new DbContextOptionsBuilder<AdminIdentityDbContext>();
        AdminIdentityDbContext.Configure(options, DesignTimeSettings.From(["--provider", provider]));
        return new AdminIdentityDbContext(options.Options);
    }
}
