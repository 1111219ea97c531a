using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Seed;

namespace SolidarityGraph.Api.Extensions;

/// <summary>Registers the SQLite database and prepares it (migrations, first seed) at start-up.</summary>
internal static class PersistenceExtensions
{
    /// <summary>Name of the connection string (configuration key <c>ConnectionStrings:SolidarityGraph</c>).</summary>
    public const string ConnectionStringName = "SolidarityGraph";

    /// <summary>Adds <see cref="SolidarityGraphDbContext"/> over SQLite; the default file is <c>data/solidaritygraph.db</c>.</summary>
    public static IHostApplicationBuilder AddPersistence(this IHostApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName) ?? DatabaseInitializer.DefaultConnectionString;
        // The options depend on configuration only, so they are built once: scoped options (the default) are rebuilt for
        // every request, and EF Core then looks its internal services up again by hashing them.
        builder.Services.AddDbContext<SolidarityGraphDbContext>(
            options => options.UseSolidarityGraphSqlite(connectionString), optionsLifetime: ServiceLifetime.Singleton);
        return builder;
    }

    /// <summary>
    /// Creates the database folder and file, applies pending migrations, then loads the seed dataset when the
    /// database holds no data yet (configuration <c>Seed:SeedWhenEmpty</c>, default true).
    /// </summary>
    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        var stopping = app.Lifetime.ApplicationStopping;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SolidarityGraphDbContext>();
        await DatabaseInitializer.InitializeAsync(db, stopping);

        if (app.Configuration.GetValue("Seed:SeedWhenEmpty", defaultValue: true) && !await SeedLoader.HasDataAsync(db, stopping))
        {
            var summary = await SeedLoader.LoadEmbeddedAsync(db, stopping);
            app.Logger.LogInformation("Empty database seeded from {File}: {Inserted} records.", summary.File, summary.Inserted);
        }
    }
}
