using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace SolidarityGraph.Api.Schema.Privacy;

/// <summary>
/// Whether a caller may read steward-only rows: the same <see cref="Policies.Steward"/> policy that guards steward-only
/// fields and <c>/admin</c>. Anonymous callers and partner tokens never pass.
/// </summary>
internal static class StewardAccess
{
    public static bool Passes(ClaimsPrincipal? user, IAuthorizationService authorization)
    {
        if (user is null || !user.Identities.Any(i => i.IsAuthenticated))
        {
            return false;
        }

        // Role policies complete synchronously (see DataFieldAuthorizer); waiting is only a fallback.
        var evaluation = authorization.AuthorizeAsync(user, Policies.Steward);
        return (evaluation.IsCompleted ? evaluation.Result : evaluation.GetAwaiter().GetResult()).Succeeded;
    }

    /// <summary>Asynchronous form of <see cref="Passes"/>, for callers that can await.</summary>
    public static async Task<bool> PassesAsync(ClaimsPrincipal? user, IAuthorizationService authorization) =>
        user is not null && user.Identities.Any(i => i.IsAuthenticated)
        && (await authorization.AuthorizeAsync(user, Policies.Steward).ConfigureAwait(false)).Succeeded;
}
