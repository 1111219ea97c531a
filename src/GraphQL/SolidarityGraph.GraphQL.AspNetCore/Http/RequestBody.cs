using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace SolidarityGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// A POST body read whole from the request pipe, up to a limit, without copying it: a declared <c>Content-Length</c>
/// over the limit is refused before reading, a body without one as soon as it passes the limit.
/// </summary>
internal static class RequestBody
{
    /// <summary>
    /// The body as the pipe holds it, or <see langword="null"/> when it exceeds <paramref name="limit"/> (a 413). The
    /// caller reads it and then gives it back with <see cref="Release"/>.
    /// </summary>
    public static async ValueTask<ReadOnlySequence<byte>?> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } declared && declared > limit)
        {
            return null;
        }

        // Let the server enforce the same limit on its side (Kestrel's own default is 30,000,000 bytes).
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        var reader = request.BodyReader;
        try
        {
            while (true)
            {
                var read = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                var buffer = read.Buffer;
                if (buffer.Length > limit)
                {
                    reader.AdvanceTo(buffer.End);
                    return null;
                }

                if (read.IsCompleted || read.IsCanceled)
                {
                    return buffer;
                }

                reader.AdvanceTo(buffer.Start, buffer.End); // nothing consumed yet: wait for the rest
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
    }

    /// <summary>Gives the body read by <see cref="ReadAsync"/> back to the pipe once nothing refers to its bytes.</summary>
    public static void Release(HttpRequest request, ReadOnlySequence<byte> body) => request.BodyReader.AdvanceTo(body.End);
}
