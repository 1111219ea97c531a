using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SolidarityGraph.Api.Auth.PartnerAccess;
using SolidarityGraph.Api.Tests.Schema;

namespace SolidarityGraph.Api.Tests.Auth.PartnerAccess;

/// <summary>
/// OpenIddict's request handlers (its server endpoints and token validation) look at every request except a GraphQL
/// request without a bearer token, where the caller is anonymous or signed in with the admin cookie. The schemes are
/// the Api's own, from its service provider.
/// </summary>
[Collection(GraphQLCollection.Name)]
public sealed class RequestHandlerSchemesTests(GraphQLHost host)
{
    [Theory]
    [InlineData("/graphql", null, false)]
    [InlineData("/graphql/", null, false)]
    [InlineData("/graphql", "Bearer abc", true)]
    [InlineData("/graphql", "bearer abc", true)]
    [InlineData("/connect/token", null, true)]
    [InlineData("/.well-known/openid-configuration", null, true)]
    [InlineData("/admin", null, true)]
    [InlineData("/graphqlx", null, true)]
    public async Task OnlyAGraphQLRequestWithoutABearerTokenSkipsTheRequestHandlers(string path, string? authorization, bool handled)
    {
        var services = host.Factory.Services;
        var accessor = services.GetRequiredService<IHttpContextAccessor>();
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        if (authorization is not null)
        {
            context.Request.Headers.Authorization = authorization;
        }

        var previous = accessor.HttpContext;
        accessor.HttpContext = context;
        try
        {
            var schemes = services.GetRequiredService<IAuthenticationSchemeProvider>();
            Assert.IsType<RequestHandlerSchemes>(schemes);
            var names = (await schemes.GetRequestHandlerSchemesAsync()).Select(s => s.Name).ToList();

            Assert.Equal(handled, names.Count > 0);
            if (handled)
            {
                Assert.Contains(names, n => n.StartsWith("OpenIddict.Server", StringComparison.Ordinal));
            }
        }
        finally
        {
            accessor.HttpContext = previous;
        }
    }
}
