using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace SolidarityGraph.Api.Auth.PartnerAccess;

/// <summary>
/// The authentication schemes, with one saving: a GraphQL request without a bearer token gets no request-handler
/// schemes. ASP.NET Core's authentication middleware lets every such scheme look at every request before anything
/// else runs; here those are OpenIddict's server (which answers its own <c>/connect/…</c> and <c>/.well-known/…</c>
/// endpoints) and its token validation, and on the GraphQL endpoint without a bearer token neither has anything to
/// do: the caller is anonymous or carries the admin cookie, which the default scheme reads as before. With a bearer
/// token the request keeps them, because <see cref="BearerTokens"/> validates the token through OpenIddict's
/// per-request transaction.
/// </summary>
internal sealed class RequestHandlerSchemes(IOptions<AuthenticationOptions> options, IHttpContextAccessor accessor, string graphQLPath)
    : AuthenticationSchemeProvider(options)
{
    private static readonly Task<IEnumerable<AuthenticationScheme>> None = Task.FromResult(Enumerable.Empty<AuthenticationScheme>());

    /// <inheritdoc />
    public override Task<IEnumerable<AuthenticationScheme>> GetRequestHandlerSchemesAsync() =>
        accessor.HttpContext is { } context && context.Request.Path.StartsWithSegments(graphQLPath) && !BearerTokens.HasBearer(context)
            ? None
            : base.GetRequestHandlerSchemesAsync();
}
