using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SolidarityGraph.Api.Tests;

/// <summary>The Api host in-process, over the given SQLite connection string.</summary>
public sealed class ApiFactory(string connectionString, bool seedWhenEmpty = true) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting reaches the host as early configuration, so Program sees it before services are registered.
        builder.UseSetting("ConnectionStrings:SolidarityGraph", connectionString);
        builder.UseSetting("Seed:SeedWhenEmpty", seedWhenEmpty ? "true" : "false");

        // Every in-process request comes from the same caller (no remote address), so the suite would share one budget;
        // the rate-limit tests configure their own limits.
        builder.UseSetting("RateLimits:PointsPerHour", "100000000");
        builder.UseSetting("RateLimits:RequestsPerWindow", "100000000");
    }
}
