using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SolidarityGraph.Api.RateLimits;
using SolidarityGraph.Api.TrustedDocuments;

namespace SolidarityGraph.Api.Pages.Admin.RateLimits;

/// <summary>
/// The limits in force for each registered partner application (stewards read them; Admins follow a row's Edit link):
/// the values set in the admin over the application's <c>RateLimits:Clients:&lt;client_id&gt;</c> configuration over
/// the defaults, and configured ids that match no application.
/// </summary>
internal sealed class IndexModel(RateLimitOptions limits, TrustedDocumentOptions trusted, Auth.PartnerAccess.PartnerApplications applications) : PageModel
{
    /// <summary>The defaults: anonymous callers (by IP) and applications without their own limits.</summary>
    public LimitsRow Defaults { get; private set; } = null!;

    public IReadOnlyList<LimitsRow> Rows { get; private set; } = [];

    /// <summary>Configured client ids that no registered application has (a typo, or a revoked application).</summary>
    public IReadOnlyList<string> Unmatched { get; private set; } = [];

    /// <summary>Whether the signed-in steward may edit limits (the Admin role).</summary>
    public bool CanEdit => User.IsInRole(Auth.AdminRoles.Admin);

    /// <summary>The request window, for people (e.g. "1 minute").</summary>
    public string RequestWindow => Describe(limits.RequestWindow);

    /// <summary>How long other instances may apply the previous limits after an edit, in seconds.</summary>
    public double CacheSeconds => limits.AdminLimitsCacheDuration.TotalSeconds;

    public async Task OnGetAsync()
    {
        Defaults = Row("(defaults)", "Anonymous callers and applications without their own limits", null, null);
        var registered = await applications.ListAsync(HttpContext.RequestAborted);
        Rows = registered.Select(a => Row(a.ClientId, a.Name, a.ClientId, a.Limits)).ToList();
        Unmatched = limits.Clients.Keys.Where(id => registered.All(a => a.ClientId != id)).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>A window for people: "1 minute", "5 minutes", "90 seconds".</summary>
    public static string Describe(TimeSpan window) => window.TotalMinutes is var minutes && minutes == Math.Floor(minutes)
        ? $"{minutes.ToString(CultureInfo.InvariantCulture)} minute{(minutes == 1 ? "" : "s")}"
        : $"{window.TotalSeconds.ToString(CultureInfo.InvariantCulture)} seconds";

    private LimitsRow Row(string clientId, string name, string? ownId, Auth.PartnerAccess.PartnerApplicationLimits? saved)
    {
        var effective = limits.For(new Caller(ownId ?? "", ownId), saved);
        var source = ownId is null ? "RateLimits"
            : saved?.HasAny == true ? "set in the admin"
            : limits.Clients.ContainsKey(ownId) ? "own configuration"
            : "defaults";
        return new LimitsRow(
            clientId,
            name,
            effective.PointsPerHour ?? limits.PointsPerHour,
            effective.RequestsPerWindow ?? limits.RequestsPerWindow,
            effective.MaxCost ?? limits.MaxCost,
            trusted.Only || effective.TrustedDocumentsOnly == true,
            source,
            ownId is not null);
    }

    /// <summary>One caller's limits in force and where they come from; <paramref name="Editable"/> for an application's row.</summary>
    public sealed record LimitsRow(string ClientId, string Name, int PointsPerHour, int RequestsPerWindow, double MaxCost, bool TrustedDocumentsOnly, string Source, bool Editable);
}
