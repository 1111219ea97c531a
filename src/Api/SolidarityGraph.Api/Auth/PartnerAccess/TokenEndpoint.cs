using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SolidarityGraph.Api.Auth.PartnerAccess;

/// <summary>
/// <c>POST /connect/token</c> after OpenIddict has authenticated the client and validated the request (RFC 6749 §3.2):
/// decides what the access token says. Client credentials give a partner principal; code and refresh grants give the
/// person's principal again, re-checked against their account so a demoted steward loses <c>pii.read</c> at once.
/// </summary>
internal static class TokenEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext context, IOpenIddictApplicationManager applications, UserManager<IdentityUser> users, PartnerAccessOptions options)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (request.IsClientCredentialsGrantType())
        {
            var application = await applications.FindByClientIdAsync(request.ClientId!, context.RequestAborted)
                ?? throw new InvalidOperationException("OpenIddict authenticated a client that does not exist.");
            var granted = request.GetScopes().IsEmpty
                ? await PermittedScopesAsync(applications, application, context.RequestAborted)
                : request.GetScopes().ToArray();
            var identity = NewIdentity(request.ClientId!, await applications.GetDisplayNameAsync(application, context.RequestAborted) ?? request.ClientId!);
            // A client-credentials token never carries pii.read nor a steward role, whatever the registration says.
            var scopes = granted.Where(PartnerScopes.ForApplications.Contains).ToArray();
            if (scopes.Contains(PartnerScopes.GraphRead) || scopes.Contains(PartnerScopes.GraphWrite))
            {
                identity.AddClaim(new Claim(Claims.Role, Schema.Privacy.Policies.PartnerRole));
            }

            return SignIn(identity, scopes, options);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var stored = (await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
            var user = stored?.GetClaim(Claims.Subject) is { } id ? await users.FindByIdAsync(id) : null;
            if (stored is null || user is null || await users.IsLockedOutAsync(user))
            {
                return Refuse(Errors.InvalidGrant, "The account behind this grant no longer exists or is locked out.");
            }

            var roles = await users.GetRolesAsync(user);
            var identity = await PersonIdentity.CreateAsync(user, roles, stored.GetScopes(), users);
            return SignIn(identity, identity.GetScopes().ToArray(), options);
        }

        return Refuse(Errors.UnsupportedGrantType, "The grant type is not supported.");
    }

    /// <summary>A new identity whose subject is <paramref name="subject"/>.</summary>
    public static ClaimsIdentity NewIdentity(string subject, string name)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, subject).SetClaim(Claims.Name, name);
        return identity;
    }

    /// <summary>Signs in with the API as the audience and every claim in the access token.</summary>
    public static IResult SignIn(ClaimsIdentity identity, IEnumerable<string> scopes, PartnerAccessOptions options)
    {
        identity.SetScopes(scopes);
        identity.SetResources(options.Audience);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>An OAuth error response (RFC 6749 §5.2) rendered by OpenIddict.</summary>
    public static IResult Refuse(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);

    private static async Task<string[]> PermittedScopesAsync(IOpenIddictApplicationManager applications, object application, CancellationToken cancellationToken) =>
        (await applications.GetPermissionsAsync(application, cancellationToken))
            .Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
            .Select(p => p[Permissions.Prefixes.Scope.Length..])
            .ToArray();
}
