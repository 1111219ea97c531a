using System.Security.Claims;

namespace SolidarityGraph.Api.Auth.PartnerAccess;

/// <summary>
/// Who may run mutations: a bearer token only with the <c>graph.write</c> scope; any other caller (the admin cookie)
/// by holding the Steward or Admin role, as before tokens existed.
/// </summary>
public static class WritePolicy
{
    /// <summary>
    /// True when <paramref name="user"/> may run mutations (see the type's summary); false for an anonymous caller.
    /// </summary>
    public static bool Allows(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identities.Any(i => i.IsAuthenticated && i.AuthenticationType == BearerTokens.AuthenticationType))
        {
            return user.HasClaim(BearerTokens.ScopeClaim, PartnerScopes.GraphWrite);
        }

        return user.IsInRole(AdminRoles.Steward) || user.IsInRole(AdminRoles.Admin);
    }
}
