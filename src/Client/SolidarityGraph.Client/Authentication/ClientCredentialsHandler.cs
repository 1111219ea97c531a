using System.Net;
using System.Net.Http.Headers;

namespace SolidarityGraph.Client;

/// <summary>
/// Adds <c>Authorization: Bearer</c> with the client's cached token. When the API refuses it with 401 and
/// <c>WWW-Authenticate: Bearer error="invalid_token"</c> (RFC 6750 §3.1: expired early, revoked, keys rotated), the
/// handler fetches a new token and sends the request once more.
/// </summary>
internal sealed class ClientCredentialsHandler(ClientCredentialsTokens tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokens.GetAsync(rejected: null, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!IsInvalidToken(response))
        {
            return response;
        }

        // The request body is a ByteArrayContent, so sending the same message again is safe.
        response.Dispose();
        var renewed = await tokens.GetAsync(rejected: token, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", renewed);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static bool IsInvalidToken(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Unauthorized
        && response.Headers.WwwAuthenticate.Any(h =>
            string.Equals(h.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase)
            && h.Parameter?.Contains("invalid_token", StringComparison.Ordinal) == true);
}
