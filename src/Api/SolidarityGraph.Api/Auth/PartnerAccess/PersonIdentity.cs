using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SolidarityGraph.Api.Auth.PartnerAccess;

/// <summary>
/// The claims of a person's token (authorization code flow): at most what their account's roles allow. Every person
/// may read as a partner; <c>pii.read</c> and <c>graph.write</c> stay only when the account is a steward or admin.
/// </summary>
internal static class PersonIdentity
{
    public static async Task<ClaimsIdentity> CreateAsync(IdentityUser user, IList<string> roles, IEnumerable<string> requested, UserManager<IdentityUser> users)
    {
        var steward = roles.Contains(AdminRoles.Steward) || roles.Contains(AdminRoles.Admin);
        var scopes = requested.Where(s => s == PartnerScopes.GraphRead || steward && PartnerScopes.All.Contains(s))
            .Concat(requested.Where(s => s is Scopes.OfflineAccess))
            .Distinct()
            .ToArray();
        var identity = TokenEndpoint.NewIdentity(await users.GetUserIdAsync(user), user.Email ?? user.UserName ?? "");
        identity.SetScopes(scopes);
        identity.AddClaim(new Claim(Claims.Role, Schema.Privacy.Policies.PartnerRole));
        if (scopes.Contains(PartnerScopes.PiiRead))
        {
            // The steward role travels only with pii.read: a steward's token without it reads like a partner's.
            identity.AddClaim(new Claim(Claims.Role, AdminRoles.Steward));
        }

        return identity;
    }
}
