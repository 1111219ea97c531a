using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SolidarityGraph.Client;

/// <summary>Registration shared by every generated <c>Add{Name}Client()</c>.</summary>
public static class GraphQLClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TClient"/> (and <typeparamref name="TImplementation"/>) as a singleton over an
    /// <see cref="HttpOperationExecutor"/> using the named <see cref="HttpClient"/> <paramref name="clientName"/>.
    /// </summary>
    public static GraphQLClientBuilder AddGraphQLClient<TClient, TImplementation>(
        this IServiceCollection services, string clientName, Func<IOperationExecutor, TImplementation> create)
        where TClient : class
        where TImplementation : class, TClient
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(create);
        services.AddHttpClient(clientName);
        // Registered before any ConfigureOptions of the caller, which therefore has the last word.
        services.AddOptions<GraphQLClientOptions>(clientName)
            .Configure(o => o.UseTrustedDocuments = typeof(ITrustedDocumentsClient).IsAssignableFrom(typeof(TImplementation)));
        services.AddSingleton(sp => create(new HttpOperationExecutor(
            sp.GetRequiredService<IHttpClientFactory>(),
            clientName,
            sp.GetRequiredService<IOptionsMonitor<GraphQLClientOptions>>().Get(clientName))));
        services.AddSingleton<TClient>(sp => sp.GetRequiredService<TImplementation>());
        return new GraphQLClientBuilder(services, clientName);
    }
}
