using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Auth;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Persistence.Providers;
using SolidarityGraph.Domain.Seed;

namespace SolidarityGraph.Api.Extensions;

/// <summary>
/// Registers the database (SQLite by default, or PostgreSQL) and prepares it at start-up: migrations of both contexts,
/// then the first seed. The provider is chosen here, once, from configuration.
/// </summary>
internal static class PersistenceExtensions
{
    /// <summary>Name of the connection string (configuration key <c>ConnectionStrings:SolidarityGraph</c>).</summary>
    public const string ConnectionStringName = "SolidarityGraph";

    /// <summary>Configuration key of the engine: <c>Sqlite</c> (default) or <c>Postgres</c>.</summary>
    public const string ProviderKey = "Database:Provider";

    /// <summary>The provider and connection string configured (SQLite's default file when nothing is set).</summary>
    public static DatabaseSettings GetDatabaseSettings(this IConfiguration configuration) =>
        DatabaseSettings.From(configuration[ProviderKey], configuration.GetConnectionString(ConnectionStringName));

    /// <summary>Adds <see cref="SolidarityGraphDbContext"/> over the configured provider; the default file is <c>data/solidaritygraph.db</c>.</summary>
    public static IHostApplicationBuilder AddPersistence(this IHostApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetDatabaseSettings();
        builder.Services.AddSingleton(settings);
        // The options depend on configuration only, so they are built once: scoped options (the default) are rebuilt for
        // every request, and EF Core then looks its internal services up again by hashing them.
        // EF Core's thread-safety checks (a context used by two operations at once throws) are a development aid: each
        // check sets an AsyncLocal, which copies the request's execution-context map on entry and exit of every query
        // step (about 7% of a list request's allocations). On everywhere but in Production, so tests still catch misuse.
        var threadSafetyChecks = !builder.Environment.IsProduction();
        builder.Services.AddDbContext<SolidarityGraphDbContext>(
            options => options.UseSolidarityGraph(settings).EnableThreadSafetyChecks(threadSafetyChecks),
            optionsLifetime: ServiceLifetime.Singleton);
        return builder;
    }

    /// <summary>
    /// Creates the database (SQLite: folder and file; PostgreSQL: the database if missing), applies pending migrations
    /// of the domain and Identity contexts, then loads the seed dataset when the database holds no data yet
    /// (configuration <c>Seed:SeedWhenEmpty</c>, default true). On PostgreSQL all of it runs under an advisory lock, so
    /// instances starting together migrate and seed exactly once.
    /// </summary>
    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        var stopping = app.Lifetime.ApplicationStopping;
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        var seedWhenEmpty = app.Configuration.GetValue("Seed:SeedWhenEmpty", defaultValue: true);
        await DatabaseInitializer.RunExclusiveAsync(settings, async ct =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SolidarityGraphDbContext>();
            await DatabaseInitializer.InitializeAsync(db, ct);
            if (scope.ServiceProvider.GetService<AdminIdentityDbContext>() is { } identity)
            {
                await identity.Database.ApplyMigrationsAsync(ct);
            }

            if (seedWhenEmpty && !await SeedLoader.HasDataAsync(db, ct))
            {
                var summary = await SeedLoader.LoadEmbeddedAsync(db, ct);
                app.Logger.LogInformation("Empty database seeded from {File}: {Inserted} records.", summary.File, summary.Inserted);
            }

            return true;
        }, stopping);
    }
}
