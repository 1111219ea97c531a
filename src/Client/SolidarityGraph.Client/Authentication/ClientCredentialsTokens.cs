using Duende.IdentityModel.Client;

namespace SolidarityGraph.Client;

/// <summary>
/// The access token of one client, cached until shortly before it expires. One token request runs at a time: callers
/// that arrive meanwhile wait for it and share its token.
/// </summary>
internal sealed class ClientCredentialsTokens(Func<HttpClient> tokenClient, ClientCredentialsOptions options, TimeProvider time)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private CachedToken? _current;
    private Uri? _tokenEndpoint;

    /// <summary>
    /// A valid token. <paramref name="rejected"/> is a token the API refused (401 <c>invalid_token</c>): it is not
    /// returned again, but a newer one fetched meanwhile by another request is.
    /// </summary>
    public async ValueTask<string> GetAsync(string? rejected, CancellationToken cancellationToken)
    {
        if (Usable(_current, rejected) is { } cached)
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Usable(_current, rejected) is { } fetchedMeanwhile)
            {
                return fetchedMeanwhile;
            }

            _current = await RequestAsync(cancellationToken).ConfigureAwait(false);
            return _current.Token;
        }
        finally
        {
            _gate.Release();
        }
    }

    private string? Usable(CachedToken? token, string? rejected) =>
        token is not null && token.Token != rejected && time.GetUtcNow() < token.RenewAt ? token.Token : null;

    private async Task<CachedToken> RequestAsync(CancellationToken cancellationToken)
    {
        var http = tokenClient();
        var endpoint = _tokenEndpoint ??= await TokenEndpointAsync(http, cancellationToken).ConfigureAwait(false);
        var response = await http.RequestClientCredentialsTokenAsync(
            new ClientCredentialsTokenRequest
            {
                Address = endpoint.ToString(),
                ClientId = options.ClientId,
                ClientSecret = options.ClientSecret,
                Scope = string.IsNullOrWhiteSpace(options.Scope) ? null : options.Scope,
            },
            cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        if (response.IsError || string.IsNullOrEmpty(response.AccessToken))
        {
            throw Failure(endpoint, response);
        }

        // A token without expires_in (optional, RFC 6749 §5.1) is kept for five minutes.
        var lifetime = response.ExpiresIn > 0 ? TimeSpan.FromSeconds(response.ExpiresIn) : TimeSpan.FromMinutes(5);
        var renewBefore = options.RenewBeforeExpiry < lifetime ? options.RenewBeforeExpiry : TimeSpan.FromTicks(lifetime.Ticks / 2);
        return new CachedToken(response.AccessToken, time.GetUtcNow() + lifetime - renewBefore);
    }

    /// <summary>The failure, naming the OAuth error (RFC 6749 §5.2) whenever the endpoint sent one, whatever its status.</summary>
    private TokenRequestException Failure(Uri endpoint, TokenResponse response)
    {
        var error = response.ErrorType == ResponseErrorType.Exception ? null : response.TryGet("error");
        var description = response.ErrorType == ResponseErrorType.Exception ? null : response.TryGet("error_description");
        var reason = error is not null ? error + (string.IsNullOrEmpty(description) ? string.Empty : ": " + description)
            : response.Exception?.Message ?? response.Error ?? "no access token in the response";
        var status = response.ErrorType == ResponseErrorType.Exception ? string.Empty : (int)response.HttpStatusCode + " ";
        return new TokenRequestException(
            $"The token request to {endpoint} for client '{options.ClientId}' failed ({status}{reason}).", error, description, response.Exception);
    }

    private async Task<Uri> TokenEndpointAsync(HttpClient http, CancellationToken cancellationToken)
    {
        if (options.TokenEndpoint is { } configured)
        {
            return configured;
        }

        var authority = options.Authority ?? throw new TokenRequestException("Client credentials need an Authority or a TokenEndpoint.");
        var discovery = await http.GetDiscoveryDocumentAsync(authority.ToString(), cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        if (discovery.IsError || !Uri.TryCreate(discovery.TokenEndpoint, UriKind.Absolute, out var endpoint))
        {
            throw new TokenRequestException($"The discovery document of {authority} names no token endpoint ({discovery.Error}).", innerException: discovery.Exception);
        }

        return endpoint;
    }

    private sealed record CachedToken(string Token, DateTimeOffset RenewAt);
}
