namespace SolidarityGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// Stable <c>extensions.code</c> values of errors the HTTP transport reports before a request reaches the pipeline
/// (GraphQL over HTTP). A code never changes meaning or spelling in a patch release.
/// </summary>
public static class HttpErrorCodes
{
    /// <summary>The body is not JSON, or a parameter has the wrong type (<c>query</c> not a string …): 400.</summary>
    public const string InvalidRequest = "HTTP_INVALID_REQUEST";

    /// <summary>POST without <c>Content-Type: application/json</c>: 415.</summary>
    public const string UnsupportedMediaType = "HTTP_UNSUPPORTED_MEDIA_TYPE";

    /// <summary>The <c>Accept</c> header names no media type the endpoint can produce: 406.</summary>
    public const string NotAcceptable = "HTTP_NOT_ACCEPTABLE";

    /// <summary>The body is larger than <see cref="GraphQLServerOptions.MaxRequestBytes"/>: 413.</summary>
    public const string RequestTooLarge = "HTTP_REQUEST_TOO_LARGE";

    /// <summary>An HTTP method the endpoint does not serve (or GET when GET requests are disabled): 405.</summary>
    public const string MethodNotAllowed = "HTTP_METHOD_NOT_ALLOWED";

    /// <summary>
    /// A subscription transport (a WebSocket upgrade, or <c>Accept: text/event-stream</c>) on a server that does not serve
    /// subscriptions: the WebSocket is closed with 4400 and this code in its reason; the SSE request gets 406.
    /// </summary>
    public const string SubscriptionsNotSupported = "GRAPHQL_SUBSCRIPTIONS_NOT_SUPPORTED";

}
