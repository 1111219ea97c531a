using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Execution;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.AspNetCore.Authorization;

/// <summary>
/// Evaluates <see cref="AuthorizeRule"/>s against ASP.NET Core authorization for the caller of a GraphQL request.
/// Results are cached per request and policy, so a list of a thousand protected values costs one evaluation.
/// </summary>
public static class FieldAuthorizer
{
    private const string CacheKey = "SolidarityGraph.Authorization.Results";

    /// <summary>The caller: the HTTP user, or an anonymous principal outside HTTP.</summary>
    public static ClaimsPrincipal User(IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.ContextData.TryGetValue(nameof(HttpContext), out var value) && value is HttpContext http
            ? http.User
            : context.ContextData.TryGetValue(nameof(ClaimsPrincipal), out var user) && user is ClaimsPrincipal principal
                ? principal
                : new ClaimsPrincipal(new ClaimsIdentity());
    }

    /// <summary>
    /// <see langword="null"/> when every rule passes, otherwise the error code (<see cref="AuthorizationErrorCodes"/>)
    /// to report.
    /// </summary>
    public static async ValueTask<string?> EvaluateAsync(IResolverContext context, IReadOnlyList<AuthorizeRule> rules)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(rules);
        if (rules.Count == 0)
        {
            return null;
        }

        var user = User(context);
        var authenticated = user.Identities.Any(i => i.IsAuthenticated);
        foreach (var rule in rules)
        {
            if (!await PassesAsync(context, user, authenticated, rule.Policy).ConfigureAwait(false))
            {
                return authenticated ? AuthorizationErrorCodes.NotAuthorized : AuthorizationErrorCodes.NotAuthenticated;
            }
        }

        return null;
    }

    /// <summary>Throws the field error for a failed <see cref="EvaluateAsync"/>.</summary>
    /// <exception cref="GraphQLException">Always.</exception>
    public static GraphQLException Error(string code, string coordinate) => new(
        code == AuthorizationErrorCodes.NotAuthenticated
            ? $"The field \"{coordinate}\" requires a signed-in caller."
            : $"The caller is not authorized to read \"{coordinate}\".",
        code);

    private static async ValueTask<bool> PassesAsync(IResolverContext context, ClaimsPrincipal user, bool authenticated, string? policy)
    {
        if (!authenticated)
        {
            return false; // every rule needs at least a signed-in caller
        }

        if (policy is null)
        {
            return true;
        }

        var cache = Cache(context);
        lock (cache)
        {
            if (cache.TryGetValue(policy, out var known))
            {
                return known;
            }
        }

        var service = context.Services.GetService(typeof(IAuthorizationService)) as IAuthorizationService
            ?? throw new InvalidOperationException("Field authorization needs IAuthorizationService: call services.AddAuthorization().");
        var result = (await service.AuthorizeAsync(user, context, policy).ConfigureAwait(false)).Succeeded;
        lock (cache)
        {
            cache[policy] = result;
        }

        return result;
    }

    private static Dictionary<string, bool> Cache(IResolverContext context)
    {
        lock (context.ContextData)
        {
            if (!context.ContextData.TryGetValue(CacheKey, out var value) || value is not Dictionary<string, bool> cache)
            {
                context.ContextData[CacheKey] = cache = new Dictionary<string, bool>(StringComparer.Ordinal);
            }

            return cache;
        }
    }
}
