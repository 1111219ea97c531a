using System.Security.Claims;

namespace SolidarityGraph.Api.RateLimits;

/// <summary>
/// Who spends a budget: a partner application by its OAuth <c>client_id</c>, a person signed in (a token from the
/// code flow, or an admin cookie) by subject, anyone else by IP address.
/// </summary>
/// <param name="Key">The partition key, e.g. <c>client:atlas</c>, <c>user:…</c> or <c>ip:203.0.113.9</c>.</param>
/// <param name="ClientId">The OAuth client id, when the caller holds a client's token.</param>
public sealed record Caller(string Key, string? ClientId)
{
    /// <summary>The caller of <paramref name="context"/> (after authentication).</summary>
    public static Caller Of(HttpContext context)
    {
        var user = context.User;
        if (user.FindFirstValue(Auth.PartnerAccess.BearerTokens.ClientIdClaim) is { Length: > 0 } clientId)
        {
            // A client-credentials token's subject is the client itself; a person's token (code flow) spends the person's
            // own budget, under the limits of the application it was issued to.
            var holder = user.FindFirstValue(ClaimTypes.NameIdentifier);
            return new Caller(string.IsNullOrEmpty(holder) || holder == clientId ? "client:" + clientId : "user:" + holder, clientId);
        }

        if (user.Identity?.IsAuthenticated == true
            && (user.FindFirstValue("sub") ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.Identity.Name) is { Length: > 0 } subject)
        {
            return new Caller("user:" + subject, null);
        }

        return new Caller("ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"), null);
    }
}
