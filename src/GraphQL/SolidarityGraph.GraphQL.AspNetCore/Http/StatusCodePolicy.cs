using Microsoft.AspNetCore.Http;
using SolidarityGraph.GraphQL.Pipeline;

namespace SolidarityGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// The HTTP status of a pipeline result (PARITY.md §7, "Our status policy"). With
/// <c>application/graphql-response+json</c> the status tells request errors apart; with legacy
/// <c>application/json</c> every well-formed request gets 200 and the body tells the story.
/// </summary>
internal static class StatusCodePolicy
{
    public static int For(RequestOutcome outcome, ResponseMediaType mediaType) => (outcome, mediaType) switch
    {
        (RequestOutcome.Executed, _) => StatusCodes.Status200OK, // also with data: null (the draft recommends 2xx)
        (RequestOutcome.OperationNotAllowed, _) => StatusCodes.Status405MethodNotAllowed,
        (RequestOutcome.UnexpectedError, _) => StatusCodes.Status500InternalServerError,
        (RequestOutcome.RateLimited, _) => StatusCodes.Status429TooManyRequests, // RFC 6585 §4, whatever the media type
        (RequestOutcome.RequestError, ResponseMediaType.GraphQLResponse) => StatusCodes.Status400BadRequest,
        (RequestOutcome.Timeout, ResponseMediaType.GraphQLResponse) => StatusCodes.Status504GatewayTimeout,
        _ => StatusCodes.Status200OK,
    };
}
