using Microsoft.Extensions.DependencyInjection;

namespace SolidarityGraph.Client;

/// <summary>Returned by a generated <c>Add{Name}Client()</c>: configures the client's named <see cref="HttpClient"/>.</summary>
public sealed class GraphQLClientBuilder
{
    /// <summary>Creates the builder for the client registered as <paramref name="clientName"/>.</summary>
    public GraphQLClientBuilder(IServiceCollection services, string clientName)
    {
        Services = services;
        ClientName = clientName;
    }

    /// <summary>The service collection.</summary>
    public IServiceCollection Services { get; }

    /// <summary>The name of the client's <see cref="HttpClient"/> (the generated client's <c>ClientName</c>).</summary>
    public string ClientName { get; }

    /// <summary>Configures the <see cref="HttpClient"/>, typically its <see cref="HttpClient.BaseAddress"/>.</summary>
    public GraphQLClientBuilder ConfigureHttpClient(Action<HttpClient> configureClient)
    {
        ArgumentNullException.ThrowIfNull(configureClient);
        return ConfigureHttpClient((_, client) => configureClient(client));
    }

    /// <summary>
    /// Configures the <see cref="HttpClient"/> with access to services, and optionally its
    /// <see cref="IHttpClientBuilder"/> (message handlers such as a token handler, resilience).
    /// </summary>
    public GraphQLClientBuilder ConfigureHttpClient(Action<IServiceProvider, HttpClient> configureClient, Action<IHttpClientBuilder>? configureClientBuilder = null)
    {
        ArgumentNullException.ThrowIfNull(configureClient);
        var builder = Services.AddHttpClient(ClientName, configureClient);
        configureClientBuilder?.Invoke(builder);
        return this;
    }

    /// <summary>Changes <see cref="GraphQLClientOptions"/> (e.g. trusted documents).</summary>
    public GraphQLClientBuilder ConfigureOptions(Action<GraphQLClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.Configure<GraphQLClientOptions>(ClientName, configure);
        return this;
    }
}
