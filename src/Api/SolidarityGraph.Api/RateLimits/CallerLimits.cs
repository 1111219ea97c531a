using SolidarityGraph.Api.Auth.PartnerAccess;

namespace SolidarityGraph.Api.RateLimits;

/// <summary>
/// The caller of a request (<see cref="Caller.Of"/>) and the limits in force for it, resolved once per request before
/// the rate limiter (the values an Admin set, read through <see cref="PartnerApplicationLimitsCache"/>, over the
/// configured ones), so the limiter, the cost policy and the trusted-documents check read the same caller and values
/// synchronously.
/// </summary>
internal static class CallerLimits
{
    private const string ItemKey = "SolidarityGraph.CallerLimits";

    /// <summary>Resolves the caller and its limits into the request, then runs the rest of the pipeline.</summary>
    public static Task ResolveAsync(HttpContext context, RequestDelegate next)
    {
        var options = context.RequestServices.GetRequiredService<RateLimitOptions>();
        var caller = Caller.Of(context);
        if (caller.ClientId is not { } clientId)
        {
            // Anonymous callers and people signed in have no saved limits: nothing to wait for.
            context.Items[ItemKey] = new Resolved(caller, options.For(caller, null));
            return next(context);
        }

        return ResolveClientAsync(context, next, options, caller, clientId);
    }

    /// <summary>The limits <see cref="ResolveAsync"/> put in <paramref name="context"/>.</summary>
    public static ClientLimits Of(HttpContext context) => ResolvedOf(context).Limits;

    /// <summary>The caller <see cref="ResolveAsync"/> identified (once per request: the limiter and the budget read it here).</summary>
    public static Caller CallerOf(HttpContext context) => ResolvedOf(context).Caller;

    /// <summary>The request-count limiter's partition: the caller and its permits (a change of limits starts a new window).</summary>
    public static string PartitionOf(HttpContext context)
    {
        var resolved = ResolvedOf(context);
        return resolved.Partition ??= resolved.Caller.Key + "/" + resolved.Limits.RequestsPerWindow!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ResolveClientAsync(HttpContext context, RequestDelegate next, RateLimitOptions options, Caller caller, string clientId)
    {
        var saved = await context.RequestServices.GetRequiredService<PartnerApplicationLimitsCache>().ForAsync(clientId);
        context.Items[ItemKey] = new Resolved(caller, options.For(caller, saved));
        await next(context);
    }

    private static Resolved ResolvedOf(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var value) && value is Resolved resolved
            ? resolved
            : throw new InvalidOperationException("The caller's limits are resolved by UseRateLimits, which must run before the GraphQL endpoint.");

    private sealed class Resolved(Caller caller, ClientLimits limits)
    {
        public Caller Caller { get; } = caller;

        public ClientLimits Limits { get; } = limits;

        public string? Partition { get; set; }
    }
}
