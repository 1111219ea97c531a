namespace SolidarityGraph.Client;

/// <summary>Codes of failures detected by the client itself; GraphQL errors keep the server's <c>extensions.code</c>.</summary>
public static class ClientErrorCodes
{
    /// <summary>No response: connection refused, reset, DNS failure.</summary>
    public const string TransportError = "TRANSPORT_ERROR";

    /// <summary>No response within the <see cref="HttpClient.Timeout"/>.</summary>
    public const string Timeout = "TRANSPORT_TIMEOUT";

    /// <summary>The body was not JSON, or not a GraphQL response.</summary>
    public const string InvalidResponse = "INVALID_RESPONSE";

    /// <summary>The <c>data</c> did not match the operation's shape (e.g. null for a non-null field).</summary>
    public const string ResponseShape = "RESPONSE_SHAPE";

    /// <summary>
    /// Client credentials gave no access token: the token endpoint refused them (e.g. <c>invalid_client</c>), could not
    /// be reached, or its discovery document named none. The request was not sent.
    /// </summary>
    public const string AuthTokenRequestFailed = "AUTH_TOKEN_REQUEST_FAILED";

    /// <summary>A non-2xx status without a GraphQL body: <c>HTTP_</c> followed by the status, e.g. <c>HTTP_401</c>.</summary>
    public static string Http(int statusCode) => "HTTP_" + statusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
