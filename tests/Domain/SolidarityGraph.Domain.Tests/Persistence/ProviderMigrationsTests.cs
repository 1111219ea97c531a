using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Persistence.Providers;

namespace SolidarityGraph.Domain.Tests.Persistence;

/// <summary>
/// Each provider has its own migrations and snapshot (PostgreSQL's in <c>Migrations/Postgres</c>); both must stay current
/// with the model, and neither may see the other's.
/// </summary>
public sealed class ProviderMigrationsTests
{
    public static TheoryData<string> Providers => new() { "Sqlite", "Postgres" };

    [Theory]
    [MemberData(nameof(Providers))]
    public void MigrationsMatchTheModel(string provider)
    {
        // `dotnet ef migrations has-pending-model-changes` for this provider; builds the model only, never connects.
        using var context = DatabaseInitializer.CreateContext(DesignTimeSettings.From(["--provider", provider]));
        Assert.False(context.Database.HasPendingModelChanges(),
            $"The {provider} migrations lag behind the model: add one (see Persistence.md, 'Migrations per provider').");
    }

    [Fact]
    public void EachProviderSeesOnlyItsOwnMigrations()
    {
        using var sqlite = DatabaseInitializer.CreateContext(DatabaseSettings.Default);
        using var postgres = DatabaseInitializer.CreateContext(DesignTimeSettings.From(["--provider", "Postgres"]));

        var sqliteMigrations = sqlite.Database.GetMigrations().ToList();
        var postgresMigrations = postgres.Database.GetMigrations().ToList();

        Assert.Contains(sqliteMigrations, m => m.EndsWith("_InitialCreate", StringComparison.Ordinal));
        Assert.DoesNotContain(sqliteMigrations, m => m.EndsWith("_PostgresInitial", StringComparison.Ordinal));
        Assert.Contains(postgresMigrations, m => m.EndsWith("_PostgresInitial", StringComparison.Ordinal));
        Assert.DoesNotContain(postgresMigrations, m => m.EndsWith("_InitialCreate", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("postgres", DatabaseProvider.Postgres)]
    [InlineData("PostgreSQL", DatabaseProvider.Postgres)]
    [InlineData("", DatabaseProvider.Sqlite)]
    [InlineData(null, DatabaseProvider.Sqlite)]
    [InlineData("SQLite", DatabaseProvider.Sqlite)]
    public void ParsesTheConfiguredProvider(string? value, DatabaseProvider expected) =>
        Assert.Equal(expected, DatabaseProviders.Parse(value));

    [Fact]
    public void AnUnknownProviderIsAClearError()
    {
        var error = Assert.Throws<ArgumentException>(() => DatabaseProviders.Parse("Oracle"));
        Assert.StartsWith("Database:Provider 'Oracle' is not supported; use Sqlite (default) or Postgres.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PostgresWithoutAConnectionStringIsAClearError()
    {
        var error = Assert.Throws<ArgumentException>(() => DatabaseSettings.From("Postgres", null));
        Assert.StartsWith("Database:Provider is Postgres but ConnectionStrings:SolidarityGraph is empty", error.Message, StringComparison.Ordinal);
    }
}
