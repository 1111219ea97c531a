using SolidarityGraph.Api.Auth.PartnerAccess;

namespace SolidarityGraph.Api.RateLimits;

/// <summary>
/// The limits in force for the caller of a request, resolved once per request before the rate limiter (the values an
/// Admin set, read through <see cref="PartnerApplicationLimitsCache"/>, over the configured ones), so the limiter, the
/// cost policy and the trusted-documents check read the same values synchronously.
/// </summary>
internal static class CallerLimits
{
    private const string ItemKey = "SolidarityGraph.CallerLimits";

    /// <summary>Resolves the caller's limits into the request, then runs the rest of the pipeline.</summary>
    public static async Task ResolveAsync(HttpContext context, RequestDelegate next)
    {
        var options = context.RequestServices.GetRequiredService<RateLimitOptions>();
        var caller = Caller.Of(context);
        var saved = caller.ClientId is { } clientId
            ? await context.RequestServices.GetRequiredService<PartnerApplicationLimitsCache>().ForAsync(clientId)
            : null;
        context.Items[ItemKey] = options.For(caller, saved);
        await next(context);
    }

    /// <summary>The limits <see cref="ResolveAsync"/> put in <paramref name="context"/>.</summary>
    public static ClientLimits Of(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var limits) && limits is ClientLimits resolved
            ? resolved
            : throw new InvalidOperationException("The caller's limits are resolved by UseRateLimits, which must run before the GraphQL endpoint.");
}
