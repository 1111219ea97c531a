using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.RateLimiting;

namespace SolidarityGraph.Api.Auth.PartnerAccess;

/// <summary>
/// Brute-force guard of the token endpoint: a fixed window per client id and per IP address, counting every request
/// (refused ones too). Over either limit: 429 with <c>Retry-After</c> (RFC 6585 §4, RFC 9110 §10.2.3). Runs before
/// OpenIddict, which authenticates the client inside the authentication middleware.
/// </summary>
internal sealed class TokenRateLimit(PartnerAccessOptions options)
{
    private readonly PartitionedRateLimiter<string> _perClient = Limiter(options.TokenRequestsPerClient, options.RateLimitWindow);
    private readonly PartitionedRateLimiter<string> _perIp = Limiter(options.TokenRequestsPerIp, options.RateLimitWindow);

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var ip = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        using var byIp = _perIp.AttemptAcquire(ip);
        if (!byIp.IsAcquired)
        {
            await RefuseAsync(context, byIp, "this address");
            return;
        }

        // The form is buffered by ReadFormAsync, so OpenIddict reads the same parameters afterwards.
        var clientId = BasicClientId(context) ?? (context.Request.HasFormContentType ? (await context.Request.ReadFormAsync(context.RequestAborted))["client_id"].ToString() : "");
        using var byClient = _perClient.AttemptAcquire("client:" + clientId);
        if (!byClient.IsAcquired)
        {
            await RefuseAsync(context, byClient, "this client");
            return;
        }

        await next(context);
    }

    private static PartitionedRateLimiter<string> Limiter(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            QueueLimit = 0,
        }));

    // RFC 6749 §2.3.1: the client id in HTTP Basic is form-urlencoded before base64.
    private static string? BasicClientId(HttpContext context)
    {
        if (!AuthenticationHeaderValue.TryParse(context.Request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) || header.Parameter is null)
        {
            return null;
        }

        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? null : Uri.UnescapeDataString(pair[..colon].Replace('+', ' '));
        }
        catch (FormatException)
        {
            return null; // OpenIddict refuses the malformed header itself
        }
    }

    private static async Task RefuseAsync(HttpContext context, RateLimitLease lease, string who)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsJsonAsync(new Dictionary<string, string>
        {
            ["error"] = "too_many_requests",
            ["error_description"] = $"Too many token requests from {who}; retry after {seconds} seconds.",
        });
    }
}
