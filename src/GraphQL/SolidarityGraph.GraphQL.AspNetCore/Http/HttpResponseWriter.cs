using Microsoft.AspNetCore.Http;
using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Execution;

namespace SolidarityGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// Writes GraphQL responses into the response body pipe through a pooled buffer (<see cref="ResponseBodyBuffer"/>),
/// with <c>Content-Length</c> when it fits; the server flushes when the request ends.
/// </summary>
internal static class HttpResponseWriter
{
    public static Task WriteResultAsync(
        HttpResponse response, int statusCode, ResponseMediaType mediaType, ExecutionResult result, bool indented)
    {
        response.StatusCode = statusCode;
        response.ContentType = MediaTypes.ContentType(mediaType);
        ResponseBodyBuffer.Write(response, result, indented);
        return Task.CompletedTask;
    }

    /// <summary>Writes a transport error (the request never reached the pipeline): <c>{"errors":[…]}</c>.</summary>
    public static Task WriteErrorAsync(
        HttpResponse response, int statusCode, ResponseMediaType mediaType, string message, string code, bool indented = false) =>
        WriteResultAsync(
            response,
            statusCode,
            mediaType,
            ExecutionResult.FromRequestErrors(new[] { GraphQLError.Create(message, code, null) }),
            indented);
}
