using System.Buffers;
using System.Text;

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
        var answers = scenario.Queries.Select(q => (Encoding.UTF8.GetBytes(q.Body), q.GoldenBytes)).ToArray();
        return async context =>
        {
            if (await MatchAsync(context.Request, answers) is not { } bytes)
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
        var answers = scenario.Queries.Select(q => (Encoding.UTF8.GetBytes(q.Body), q.Serialize)).ToArray();
        return async context =>
        {
            if (await MatchAsync(context.Request, answers) is not { } serialize)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            // Serialising to a byte array first lets us send Content-Length, as every GraphQL peer here does.
            await WriteAsync(context.Response, serialize());
        };
    }

    // Reads the whole body from Kestrel's pipe and compares bytes in place, so the ceiling allocates nothing of its own.
    private static async Task<T?> MatchAsync<T>(HttpRequest request, (byte[] Body, T Answer)[] answers)
        where T : class
    {
        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync();
            var buffer = read.Buffer;
            if (!read.IsCompleted && !read.IsCanceled)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                continue;
            }

            T? match = null;
            foreach (var (body, answer) in answers)
            {
                if (buffer.Length == body.Length && (buffer.IsSingleSegment ? buffer.FirstSpan.SequenceEqual(body) : buffer.ToArray().AsSpan().SequenceEqual(body)))
                {
                    match = answer;
                    break;
                }
            }

            reader.AdvanceTo(buffer.End);
            return match;
        }
    }

    private static Task WriteAsync(HttpResponse response, byte[] bytes)
    {
        response.ContentType = MediaType;
        response.ContentLength = bytes.Length;
        return response.Body.WriteAsync(bytes, 0, bytes.Length);
    }
}
