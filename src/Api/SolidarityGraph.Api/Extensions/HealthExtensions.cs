using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using SolidarityGraph.Api.Health;

namespace SolidarityGraph.Api.Extensions;

/// <summary>The <c>/health</c> endpoint: database provider, migrations and entity counts as JSON.</summary>
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
        return app;
    }
}
