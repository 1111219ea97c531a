using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SolidarityGraph.Api.Health;

namespace SolidarityGraph.Api.Extensions;

/// <summary>
/// The <c>/health</c> endpoint (database provider, migrations and entity counts as JSON), and for load balancers
/// <c>/health/live</c> (the process answers; no database work) and <c>/health/ready</c> (the database answers and is
/// fully migrated; 503 otherwise, so a proxy sends no traffic to an instance that cannot serve it).
/// </summary>
internal static class HealthExtensions
{
    /// <summary>Route of the health endpoint.</summary>
    public const string Path = "/health";

    /// <summary>Registers the database health check.</summary>
    public static IHostApplicationBuilder AddHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>(DatabaseHealthCheck.Name);
        return builder;
    }

    /// <summary>Maps <c>/health</c> with the JSON response writer.</summary>
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks(Path, new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync });
        app.MapHealthChecks(Path + "/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks(Path + "/ready", new HealthCheckOptions
        {
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        return app;
    }
}
