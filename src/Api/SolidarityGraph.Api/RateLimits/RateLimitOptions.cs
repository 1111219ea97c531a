using SolidarityGraph.Api.Auth.PartnerAccess;

namespace SolidarityGraph.Api.RateLimits;

/// <summary>
/// The limits of each caller of <c>/graphql</c> (configuration section <c>RateLimits</c>): a points budget per hour,
/// a request count per minute and a maximum cost per operation, with per-client defaults under
/// <c>RateLimits:Clients:&lt;client_id&gt;</c>; the values an Admin sets in the admin win over both.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "RateLimits";

    /// <summary>Points a caller may spend per hour (GitHub's default for a token). Default 5,000.</summary>
    public int PointsPerHour { get; set; } = 5000;

    /// <summary>Requests a caller may send per <see cref="RequestWindow"/>, whatever they cost. Default 600.</summary>
    public int RequestsPerWindow { get; set; } = 600;

    /// <summary>The window of <see cref="RequestsPerWindow"/>. Default one minute.</summary>
    public TimeSpan RequestWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The window of <see cref="PointsPerHour"/>; an hour unless a test shortens it.</summary>
    public TimeSpan BudgetWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The largest cost of one operation. Default 1,000.</summary>
    public double MaxCost { get; set; } = GraphQL.Pipeline.CostOptions.DefaultMaxCost;

    /// <summary>Per-client defaults, by OAuth <c>client_id</c>.</summary>
    public Dictionary<string, ClientLimits> Clients { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// How long an instance uses the limits it read of an application before reading them again; the instance that
    /// saves an edit applies it at once, the others within this time. Default 30 seconds.
    /// </summary>
    public TimeSpan AdminLimitsCacheDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The limits of <paramref name="caller"/>, each value from the first that sets it: <paramref name="saved"/> (set in
    /// the admin), the client's configuration, the defaults.
    /// </summary>
    public ClientLimits For(Caller caller, PartnerApplicationLimits? saved)
    {
        var own = caller.ClientId is { } clientId && Clients.TryGetValue(clientId, out var limits) ? limits : null;
        return new ClientLimits
        {
            PointsPerHour = (int?)saved?.PointsPerHour ?? own?.PointsPerHour ?? PointsPerHour,
            RequestsPerWindow = (int?)saved?.RequestsPerWindow ?? own?.RequestsPerWindow ?? RequestsPerWindow,
            MaxCost = saved?.MaxCost ?? own?.MaxCost ?? MaxCost,
            TrustedDocumentsOnly = saved?.TrustedDocumentsOnly ?? own?.TrustedDocumentsOnly ?? false,
        };
    }
}

/// <summary>One client's limits; in configuration, a value left out keeps the default.</summary>
public sealed class ClientLimits
{
    /// <summary>
    /// Points this client may spend per hour, instead of <see cref="RateLimitOptions.PointsPerHour"/>.
    /// </summary>
    public int? PointsPerHour { get; set; }

    /// <summary>Requests per request window.</summary>
    public int? RequestsPerWindow { get; set; }

    /// <summary>Maximum cost of one operation.</summary>
    public double? MaxCost { get; set; }

    /// <summary>Whether the client may run trusted documents only (<c>{"documentId": "sha256:…"}</c>).</summary>
    public bool? TrustedDocumentsOnly { get; set; }
}
