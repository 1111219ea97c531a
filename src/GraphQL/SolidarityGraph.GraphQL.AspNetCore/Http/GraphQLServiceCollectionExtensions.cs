using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SolidarityGraph.GraphQL.AspNetCore.Ide;
using SolidarityGraph.GraphQL.Pipeline;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.AspNetCore.Http;

/// <summary>Registers the GraphQL server: one <see cref="RequestExecutor"/> for the schema plus the HTTP handlers.</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>Registers the GraphQL server for a schema built once, on first use, by <paramref name="schemaFactory"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="schemaFactory">Builds the schema (for example with <c>SchemaBuilder.Build</c>).</param>
    /// <param name="configure">Adjusts <see cref="GraphQLServerOptions"/>.</param>
    public static IServiceCollection AddGraphQLServer(
        this IServiceCollection services,
        Func<IServiceProvider, Schema> schemaFactory,
        Action<GraphQLServerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(schemaFactory);
        var options = new GraphQLServerOptions();
        configure?.Invoke(options);

        services.AddSingleton(options);
        services.AddSingleton(options.Ide);
        services.AddSingleton(provider =>
        {
            var executorOptions = options.Executor;
            executorOptions.IncludeExceptionDetails = options.IncludeExceptionDetails
                ?? (executorOptions.IncludeExceptionDetails || provider.GetRequiredService<IHostEnvironment>().IsDevelopment());
            if (executorOptions.OnUnexpectedError is null)
            {
                var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("SolidarityGraph.GraphQL");
                executorOptions.OnUnexpectedError = (exception, correlationId) =>
                    logger.LogError(exception, "Unexpected GraphQL execution error {CorrelationId}", correlationId);
            }

            return new RequestExecutor(schemaFactory(provider), executorOptions);
        });
        services.AddSingleton<SchemaSdlHandler>();
        services.AddSingleton<BananaCakePopHandler>();
        services.AddSingleton<GraphQLHttpHandler>();
        return services;
    }

    /// <summary>Registers the GraphQL server for an already built schema.</summary>
    public static IServiceCollection AddGraphQLServer(
        this IServiceCollection services, Schema schema, Action<GraphQLServerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return services.AddGraphQLServer(_ => schema, configure);
    }
}
