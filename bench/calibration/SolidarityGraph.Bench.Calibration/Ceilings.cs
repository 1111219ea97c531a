using System.Collections.Frozen;
using System.Text;
using System.Text.Json;

namespace SolidarityGraph.Bench.Calibration;

/// <summary>
/// The two .NET ceilings. Both read the whole request body and pick the answer by its exact text, so they pay
/// for receiving the request like a GraphQL server does, but not for parsing or executing it.
/// </summary>
internal static class Ceilings
{
    private const string MediaType = "application/graphql-response+json; charset=utf-8";

    /// <summary>C0, the transport ceiling: Kestrel writing the precomputed golden bytes.</summary>
    public static RequestDelegate PrecomputedBytes(Scenario scenario)
    {
        var answers = scenario.Queries.ToFrozenDictionary(q => q.Body, q => q.GoldenBytes);
        return async context =>
        {
            if (!answers.TryGetValue(await ReadBodyAsync(context.Request), out var bytes))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            await WriteAsync(context.Response, bytes);
        };
    }

    /// <summary>C1, the REST ceiling: the same response objects serialised by System.Text.Json source generation.</summary>
    public static RequestDelegate SerializedObjects(Scenario scenario)
    {
        var answers = scenario.Queries.ToFrozenDictionary(q => q.Body, q => q.Serialize);
        return async context =>
        {
            if (!answers.TryGetValue(await ReadBodyAsync(context.Request), out var serialize))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            // Serialising to a byte array first lets us send Content-Length, as every GraphQL peer here does.
            await WriteAsync(context.Response, serialize());
        };
    }

    private static async Task<string> ReadBodyAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }

    private static Task WriteAsync(HttpResponse response, byte[] bytes)
    {
        response.ContentType = MediaType;
        response.ContentLength = bytes.Length;
        return response.Body.WriteAsync(bytes, 0, bytes.Length);
    }
}
