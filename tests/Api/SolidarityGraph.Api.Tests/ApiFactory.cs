using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SolidarityGraph.Testing.Databases;

namespace SolidarityGraph.Api.Tests;

/// <summary>The Api host in-process, over the given connection string on the engine of this run (<see cref="TestProvider"/>).</summary>
public sealed class ApiFactory(string connectionString, bool seedWhenEmpty = true) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting reaches the host as early configuration, so Program sees it before services are registered.
        builder.UseSetting("ConnectionStrings:SolidarityGraph", connectionString);
        builder.UseSetting("Seed:SeedWhenEmpty", seedWhenEmpty ? "true" : "false");
        builder.UseSetting("Database:Provider", TestProvider.Name);
        if (TestProvider.IsPostgres)
        {
            // PostgreSQL has no database folder to keep the token keys beside; one folder serves the whole run.
            var server = PostgresServer.SharedAsync().GetAwaiter().GetResult();
            builder.UseSetting("PartnerAccess:KeyFolder", Path.Combine(server.SharedFolder, "keys"));
        }

        // Every in-process request comes from the same caller (no remote address), so the suite would share one budget;
        // the rate-limit tests configure their own limits.
        builder.UseSetting("RateLimits:PointsPerHour", "100000000");
        builder.UseSetting("RateLimits:RequestsPerWindow", "100000000");
    }
}
