namespace SolidarityGraph.Client;

/// <summary>
/// OAuth 2.0 client credentials (RFC 6749 §4.4) for a partner application: where to ask for tokens and as whom.
/// Set <see cref="Authority"/> (the token endpoint is then read from its discovery document, RFC 8414) or
/// <see cref="TokenEndpoint"/>.
/// </summary>
public sealed class ClientCredentialsOptions
{
    /// <summary>The issuer, e.g. <c>https://graph.example.org/</c>; its <c>/.well-known/openid-configuration</c> names the token endpoint.</summary>
    public Uri? Authority { get; set; }

    /// <summary>The token endpoint, e.g. <c>https://graph.example.org/connect/token</c> (wins over <see cref="Authority"/>).</summary>
    public Uri? TokenEndpoint { get; set; }

    /// <summary>The application's client id.</summary>
    public string ClientId { get; set; } = string.Empty;

    /// <summary>The application's secret (sent with HTTP Basic authentication, RFC 6749 §2.3.1).</summary>
    public string ClientSecret { get; set; } = string.Empty;

    /// <summary>Space-separated scopes, e.g. <c>graph.read graph.write</c>; empty asks for every scope the application was granted.</summary>
    public string? Scope { get; set; }

    /// <summary>How long before its expiry a token is renewed, so no request leaves with a token about to expire (default one minute).</summary>
    public TimeSpan RenewBeforeExpiry { get; set; } = TimeSpan.FromMinutes(1);
}
