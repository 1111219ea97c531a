using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Execution;

namespace SolidarityGraph.GraphQL.AspNetCore.Http;

/// <summary>Writes GraphQL responses straight into the response body pipe (no intermediate string or array).</summary>
internal static class HttpResponseWriter
{
    public static async Task WriteResultAsync(
        HttpResponse response, int statusCode, ResponseMediaType mediaType, ExecutionResult result, bool indented)
    {
        response.StatusCode = statusCode;
        response.ContentType = MediaTypes.ContentType(mediaType);
        using (var writer = new Utf8JsonWriter(response.BodyWriter, ResultWriter.Options(indented)))
        {
            ResultWriter.Write(writer, result);
        }

        await response.BodyWriter.FlushAsync(response.HttpContext.RequestAborted).ConfigureAwait(false);
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
