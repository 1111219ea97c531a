using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SolidarityGraph.GraphQL.AspNetCore.Ide;

namespace SolidarityGraph.GraphQL.AspNetCore.Http;

/// <summary>Maps the GraphQL endpoint and everything served beside it.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps GraphQL over HTTP at <paramref name="path"/> (GET and POST), the printed schema at <c>{path}?sdl</c> and
    /// <c>{path}/schema.graphql</c>, and Banana Cake Pop at <c>{path}/</c> with <c>{path}/bcp-config.json</c>.
    /// A subscription attempt at <c>{path}</c> (WebSocket upgrade, <c>text/event-stream</c>) gets an explicit refusal.
    /// Requires <see cref="GraphQLServiceCollectionExtensions.AddGraphQLServer(Microsoft.Extensions.DependencyInjection.IServiceCollection, Types.Schema, Action{GraphQLServerOptions}?)"/>.
    /// </summary>
    /// <returns>A builder that applies conventions (authorization, rate limiting, CORS …) to all of those endpoints.</returns>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        path = "/" + path.Trim('/');
        var services = endpoints.ServiceProvider;
        var http = services.GetRequiredService<GraphQLHttpHandler>();
        var sdl = services.GetRequiredService<SchemaSdlHandler>();
        var ide = services.GetRequiredService<BananaCakePopHandler>();
        var options = services.GetRequiredService<GraphQLServerOptions>();

        var builders = new List<IEndpointConventionBuilder>
        {
            endpoints.Map(path, WithWebSockets(endpoints, http.HandleAsync)).WithDisplayName("GraphQL " + path),
            endpoints.MapMethods(path + "/bcp-config.json", new[] { HttpMethods.Get, HttpMethods.Head }, ide.ServeConfigAsync)
                .WithDisplayName("GraphQL IDE configuration"),
            endpoints.MapMethods(
                    path + "/{**file}",
                    new[] { HttpMethods.Get, HttpMethods.Head },
                    (HttpContext context) => ide.ServeFileAsync(context, context.GetRouteValue("file") as string))
                .WithDisplayName("GraphQL IDE files"),
        };
        if (options.EnableSchemaRequests)
        {
            builders.Add(endpoints.MapMethods(path + "/schema.graphql", new[] { HttpMethods.Get, HttpMethods.Head }, sdl.HandleAsync)
                .WithDisplayName("GraphQL schema (SDL)"));
        }

        return new CompositeConventionBuilder(builders);
    }

    /// <summary>
    /// The endpoint, with upgrade requests sent through the WebSocket middleware first, so an upgrade is recognised
    /// (and refused with a reason, see <see cref="SubscriptionRefusal"/>) without the host having to call
    /// <c>UseWebSockets</c>; every other request goes straight to <paramref name="handler"/>.
    /// </summary>
    private static RequestDelegate WithWebSockets(IEndpointRouteBuilder endpoints, RequestDelegate handler)
    {
        var pipeline = endpoints.CreateApplicationBuilder();
        pipeline.UseWebSockets();
        pipeline.Run(handler);
        var webSockets = pipeline.Build();
        return context => MayBeWebSocket(context) ? webSockets(context) : handler(context);
    }

    // What the WebSocket middleware itself looks at: an HTTP/1.1 upgrade or an HTTP/2 extended CONNECT.
    private static bool MayBeWebSocket(HttpContext context) =>
        context.Features.Get<IHttpUpgradeFeature>()?.IsUpgradableRequest == true
        || context.Features.Get<IHttpExtendedConnectFeature>()?.IsExtendedConnect == true;

    private sealed class CompositeConventionBuilder(IReadOnlyList<IEndpointConventionBuilder> builders) : IEndpointConventionBuilder
    {
        public void Add(Action<EndpointBuilder> convention)
        {
            foreach (var builder in builders)
            {
                builder.Add(convention);
            }
        }

        public void Finally(Action<EndpointBuilder> finallyConvention)
        {
            foreach (var builder in builders)
            {
                builder.Finally(finallyConvention);
            }
        }
    }
}
