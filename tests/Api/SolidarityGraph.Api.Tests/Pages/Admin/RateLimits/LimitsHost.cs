using Microsoft.Extensions.DependencyInjection;
using SolidarityGraph.Api.Auth.PartnerAccess;

namespace SolidarityGraph.Api.Tests.Pages.Admin.RateLimits;

/// <summary>An admin host with own limits configured for <c>atlas-maps</c> and for an id no application has.</summary>
internal static class LimitsHost
{
    public static AdminHost Create() => new()
    {
        Settings = new Dictionary<string, string>
        {
            ["RateLimits:Clients:atlas-maps:PointsPerHour"] = "200",
            ["RateLimits:Clients:atlas-maps:TrustedDocumentsOnly"] = "true",
            ["RateLimits:Clients:ghost-app:MaxCost"] = "50",
        },
    };

    /// <summary>Registers <c>atlas-maps</c> (own limits) and <c>plain-app</c> (defaults).</summary>
    public static async Task RegisterApplicationsAsync(AdminHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<global::SolidarityGraph.Api.Auth.PartnerAccess.PartnerApplications>();
        foreach (var (id, name) in new[] { ("atlas-maps", "Atlas Maps"), ("plain-app", "Plain App") })
        {
            var (_, problems) = await applications.RegisterAsync(new PartnerApplicationDraft(id, name, null, "graph.read", []));
            Assert.Empty(problems);
        }
    }
}
