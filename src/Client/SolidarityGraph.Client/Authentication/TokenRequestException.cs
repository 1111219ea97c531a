namespace SolidarityGraph.Client;

/// <summary>
/// The token endpoint gave no access token (refused credentials, unreachable, not an OAuth response). The client turns
/// it into a result error with the code <see cref="ClientErrorCodes.AuthTokenRequestFailed"/>; it reaches callers only
/// when they use the token handler with an <see cref="HttpClient"/> of their own.
/// </summary>
public sealed class TokenRequestException : HttpRequestException
{
    /// <summary>Creates the exception.</summary>
    public TokenRequestException(string message, string? error = null, string? errorDescription = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Error = error;
        ErrorDescription = errorDescription;
    }

    /// <summary>The OAuth error code (RFC 6749 §5.2), e.g. <c>invalid_client</c>, when the endpoint answered with one.</summary>
    public string? Error { get; }

    /// <summary>The endpoint's <c>error_description</c>, if any.</summary>
    public string? ErrorDescription { get; }
}
