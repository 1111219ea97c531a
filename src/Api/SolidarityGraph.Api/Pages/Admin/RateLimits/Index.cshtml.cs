using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SolidarityGraph.Api.RateLimits;
using SolidarityGraph.Api.TrustedDocuments;

namespace SolidarityGraph.Api.Pages.Admin.RateLimits;

/// <summary>
/// The limits in force for each registered partner application (stewards, read-only): its own
/// <c>RateLimits:Clients:&lt;client_id&gt;</c> values over the defaults, and configured ids that match no application.
/// Limits are deployment configuration, read at start by every instance alike, so the page shows them and says where
/// to change them rather than offering a form whose values one instance alone would hold.
/// </summary>
internal sealed class IndexModel(RateLimitOptions limits, TrustedDocumentOptions trusted, Auth.PartnerAccess.PartnerApplications applications) : PageModel
{
    /// <summary>The defaults: anonymous callers (by IP) and applications without their own limits.</summary>
    public LimitsRow Defaults { get; private set; } = null!;

    public IReadOnlyList<LimitsRow> Rows { get; private set; } = [];

    /// <summary>Configured client ids that no registered application has (a typo, or a revoked application).</summary>
    public IReadOnlyList<string> Unmatched { get; private set; } = [];

    /// <summary>The request window, for people (e.g. "1 minute").</summary>
    public string RequestWindow => limits.RequestWindow.TotalMinutes is var minutes && minutes == Math.Floor(minutes)
        ? $"{minutes.ToString(CultureInfo.InvariantCulture)} minute{(minutes == 1 ? "" : "s")}"
        : $"{limits.RequestWindow.TotalSeconds.ToString(CultureInfo.InvariantCulture)} seconds";

    public async Task OnGetAsync()
    {
        Defaults = Row("(defaults)", "Anonymous callers and applications without their own limits", null);
        var registered = await applications.ListAsync(HttpContext.RequestAborted);
        Rows = registered.Select(a => Row(a.ClientId, a.Name, a.ClientId)).ToList();
        Unmatched = limits.Clients.Keys.Where(id => registered.All(a => a.ClientId != id)).Order(StringComparer.Ordinal).ToList();
    }

    private LimitsRow Row(string clientId, string name, string? ownId)
    {
        var effective = limits.For(new Caller(ownId ?? "", ownId));
        return new LimitsRow(
            clientId,
            name,
            effective.PointsPerHour ?? limits.PointsPerHour,
            effective.RequestsPerWindow ?? limits.RequestsPerWindow,
            effective.MaxCost ?? limits.MaxCost,
            trusted.Only || effective.TrustedDocumentsOnly == true,
            ownId is not null && limits.Clients.ContainsKey(ownId));
    }

    /// <summary>One caller's limits in force; <paramref name="OwnLimits"/> when some come from its own configuration.</summary>
    public sealed record LimitsRow(string ClientId, string Name, int PointsPerHour, int RequestsPerWindow, double MaxCost, bool TrustedDocumentsOnly, bool OwnLimits);
}
