using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SolidarityGraph.Client;

/// <summary>Client credentials on a generated client: <c>services.AddPartnerClient().ConfigureHttpClient(…).AddClientCredentials(…)</c>.</summary>
public static class ClientCredentialsExtensions
{
    /// <summary>
    /// Authenticates every request of the client with an access token obtained by client credentials, cached and renewed
    /// before it expires (one token request at a time). A refused token (401 <c>invalid_token</c>) is renewed and the
    /// request retried once; a failed token request is a result error with the code
    /// <see cref="ClientErrorCodes.AuthTokenRequestFailed"/>. Token requests use the <see cref="HttpClient"/> named
    /// <see cref="TokenClientName"/>, which can be configured like any other.
    /// </summary>
    public static GraphQLClientBuilder AddClientCredentials(this GraphQLClientBuilder builder, Action<ClientCredentialsOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var clientName = builder.ClientName;
        var tokenClientName = TokenClientName(clientName);
        builder.Services.Configure(clientName, configure);
        builder.Services.AddHttpClient(tokenClientName);
        builder.Services.AddKeyedSingleton(tokenClientName, (sp, _) =>
        {
            var options = sp.GetRequiredService<IOptionsMonitor<ClientCredentialsOptions>>().Get(clientName);
            if (string.IsNullOrEmpty(options.ClientId) || (options.Authority is null && options.TokenEndpoint is null))
            {
                throw new InvalidOperationException($"AddClientCredentials for '{clientName}' needs a ClientId and an Authority or a TokenEndpoint.");
            }

            var factory = sp.GetRequiredService<IHttpClientFactory>();
            return new ClientCredentialsTokens(() => factory.CreateClient(tokenClientName), options, sp.GetService<TimeProvider>() ?? TimeProvider.System);
        });
        builder.Services.AddHttpClient(clientName)
            .AddHttpMessageHandler(sp => new ClientCredentialsHandler(sp.GetRequiredKeyedService<ClientCredentialsTokens>(tokenClientName)));
        return builder;
    }

    /// <summary>The name of the <see cref="HttpClient"/> that requests the tokens of the client named <paramref name="clientName"/>.</summary>
    public static string TokenClientName(string clientName) => clientName + ".ClientCredentials";
}
