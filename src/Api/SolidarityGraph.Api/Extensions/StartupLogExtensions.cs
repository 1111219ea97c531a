using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace SolidarityGraph.Api.Extensions;

/// <summary>Logs where the host listens and which surfaces exist, once the server has started.</summary>
internal static class StartupLogExtensions
{
    /// <summary>
    /// Paths served by this host. Add a line when a surface ships (GraphQL, admin, IDE), never before, so the log
    /// only advertises what answers.
    /// </summary>
    internal static readonly (string Label, string Path)[] Surfaces =
    [
        ("Start page", "/"),
        ("Health", HealthExtensions.Path),
        ("Admin", AdminExtensions.Path),
        ("GraphQL API", GraphQLExtensions.Path),
        ("GraphQL IDE", GraphQLExtensions.IdePath),
    ];

    /// <summary>Registers the start-up log line(s).</summary>
    public static WebApplication LogSurfacesOnStart(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
            foreach (var address in addresses ?? [])
            {
                var baseUrl = address.TrimEnd('/');
                app.Logger.LogInformation("SolidarityGraph listening on {BaseUrl}", baseUrl);
                foreach (var (label, path) in Surfaces)
                {
                    app.Logger.LogInformation("  {Label}: {Url}", label, baseUrl + path);
                }
            }
        });
        return app;
    }
}
