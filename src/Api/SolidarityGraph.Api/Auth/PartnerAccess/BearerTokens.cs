using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SolidarityGraph.Api.Auth.PartnerAccess;

/// <summary>
/// <c>Authorization: Bearer</c> on the GraphQL endpoint (RFC 6750). No header: the admin cookie or an anonymous
/// caller, as before. A header whose token fails validation (signature, issuer, audience, expiry, revocation) is a 401
/// with <c>WWW-Authenticate: Bearer error="invalid_token"</c> (§3.1), never a silent fall back to anonymous.
/// </summary>
internal static class BearerTokens
{
    /// <summary>Authentication type of principals built from access tokens.</summary>
    public const string AuthenticationType = "Bearer";

    /// <summary>Claim type of each granted scope in the principal the GraphQL policies see.</summary>
    public const string ScopeClaim = "scope";

    /// <summary>The claim with the OAuth <c>client_id</c> of the application holding the token.</summary>
    public const string ClientIdClaim = "client_id";

    /// <summary>Whether the request carries an <c>Authorization</c> header with the Bearer scheme (case-insensitive, §2.1).</summary>
    public static bool HasBearer(HttpContext context) =>
        context.Request.Headers.Authorization.ToString() is var header
        && header.StartsWith("Bearer", StringComparison.OrdinalIgnoreCase);

    /// <summary>Authenticates the bearer token and replaces the caller, or answers 401.</summary>
    public static async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var result = await context.AuthenticateAsync(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        if (!result.Succeeded || result.Principal is null)
        {
            await RefuseAsync(context);
            return;
        }

        context.User = new ClaimsPrincipal(Normalise(result.Principal));
        await next(context);
    }

    /// <summary>
    /// The principal GraphQL policies see: subject, name, roles and one <see cref="ScopeClaim"/> per scope. Built afresh
    /// so nothing else from the token (and no cookie identity of the same request) can grant access.
    /// </summary>
    public static ClaimsIdentity Normalise(ClaimsPrincipal token)
    {
        var identity = new ClaimsIdentity(AuthenticationType, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, token.GetClaim(Claims.Subject) ?? ""));
        identity.AddClaim(new Claim(ClaimTypes.Name, token.GetClaim(Claims.Name) ?? token.GetClaim(Claims.Subject) ?? ""));

        // The application the token was issued to: rate limits and trusted-documents-only are per client (RateLimits).
        if ((token.GetClaim(Claims.ClientId) ?? token.GetPresenters().FirstOrDefault()) is { Length: > 0 } clientId)
        {
            identity.AddClaim(new Claim(ClientIdClaim, clientId));
        }
        var scopes = token.GetScopes();
        foreach (var role in token.GetClaims(Claims.Role).Distinct())
        {
            // pii.read is what lets a steward role count: a role without its scope grants nothing more than a partner.
            if (role == Schema.Privacy.Policies.PartnerRole || (role == AdminRoles.Steward && scopes.Contains(PartnerScopes.PiiRead)))
            {
                identity.AddClaim(new Claim(ClaimTypes.Role, role));
            }
        }

        foreach (var scope in scopes)
        {
            identity.AddClaim(new Claim(ScopeClaim, scope));
        }

        return identity;
    }

    private static async Task RefuseAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate =
            "Bearer error=\"invalid_token\", error_description=\"The access token is missing, malformed, expired, revoked or not issued for this API.\"";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsJsonAsync(new
        {
            errors = new[] { new { message = "The access token is invalid.", extensions = new { code = "invalid_token" } } },
        });
    }
}
