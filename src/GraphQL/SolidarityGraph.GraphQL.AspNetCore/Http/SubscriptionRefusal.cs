using System.Net.WebSockets;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace SolidarityGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// The explicit answer to a subscription transport while subscriptions are not served (ARCHITECTURE.md §3.13):
/// a WebSocket upgrade (graphql-transport-ws, legacy graphql-ws) or a Server-Sent Events request
/// (<c>Accept: text/event-stream</c>, GraphQL over SSE). Both carry <see cref="HttpErrorCodes.SubscriptionsNotSupported"/>,
/// so a client shows why instead of a bare 400 about a missing <c>query</c>.
/// </summary>
internal static class SubscriptionRefusal
{
    /// <summary>
    /// The close code: graphql-transport-ws's "bad request". Its clients treat it as fatal (no reconnect loop) and hand
    /// the close reason to the application; a 1xxx code would be retried first.
    /// </summary>
    public const int WebSocketCloseCode = 4400;

    /// <summary>The close reason; a WebSocket close reason holds at most 123 bytes.</summary>
    public const string WebSocketReason = HttpErrorCodes.SubscriptionsNotSupported + ": subscriptions are not served; use HTTP POST for queries and mutations";

    /// <summary>The message of the JSON error answering a Server-Sent Events request.</summary>
    public const string EventStreamMessage =
        "Subscriptions and streamed responses (text/event-stream) are not served by this server; "
        + "send queries and mutations with Accept: application/graphql-response+json or application/json.";

    private const string EventStream = "text/event-stream";

    // Both subprotocols GraphQL clients offer; accepting the one offered lets the client read the close reason.
    private static readonly string[] GraphQLSubprotocols = ["graphql-transport-ws", "graphql-ws"];

    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Accepts the upgrade (with the client's GraphQL subprotocol when it offered one) only to close it at once with
    /// <see cref="WebSocketCloseCode"/> and <see cref="WebSocketReason"/>. Refusing the upgrade with an HTTP status
    /// instead would reach the application only as "Unexpected server response".
    /// </summary>
    public static async Task RefuseWebSocketAsync(HttpContext context)
    {
        var offered = context.WebSockets.WebSocketRequestedProtocols;
        var subprotocol = GraphQLSubprotocols.FirstOrDefault(p => offered.Contains(p, StringComparer.Ordinal));
        using var socket = await context.WebSockets.AcceptWebSocketAsync(subprotocol).ConfigureAwait(false);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(CloseHandshakeTimeout);
        try
        {
            // CloseAsync waits for the client's close frame, discarding any connection_init sent meanwhile.
            await socket.CloseAsync((WebSocketCloseStatus)WebSocketCloseCode, WebSocketReason, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The client vanished or never answered the close; the refusal has been sent, nothing is left to do.
        }
    }

    /// <summary>
    /// Whether the request asks for a Server-Sent Events stream: <c>text/event-stream</c> is acceptable and no media
    /// type this endpoint produces is (a client that also accepts JSON gets JSON).
    /// </summary>
    public static bool WantsEventStream(StringValues acceptValues) =>
        Mentions(acceptValues, EventStream)
        && MediaTypes.Negotiate(acceptValues) is null
        && MediaTypeHeaderValue.TryParseList(acceptValues, out var ranges)
        && ranges.Any(r => (r.Quality ?? 1) > 0 && r.MediaType.Equals(EventStream, StringComparison.OrdinalIgnoreCase));

    private static bool Mentions(StringValues values, string text)
    {
        foreach (var value in values)
        {
            if (value?.Contains(text, StringComparison.OrdinalIgnoreCase) == true)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Answers a Server-Sent Events request with 406 and a JSON error (the client cannot be given a stream).</summary>
    public static Task RefuseEventStreamAsync(HttpContext context) =>
        HttpResponseWriter.WriteErrorAsync(
            context.Response,
            StatusCodes.Status406NotAcceptable,
            ResponseMediaType.Json,
            EventStreamMessage,
            HttpErrorCodes.SubscriptionsNotSupported);
}
