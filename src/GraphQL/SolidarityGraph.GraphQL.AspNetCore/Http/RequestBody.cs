using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace SolidarityGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// A POST body read into one pooled buffer, up to a limit: a declared <c>Content-Length</c> over the limit is refused
/// before reading, a body without one is refused as soon as it passes the limit. Return the buffer with
/// <see cref="Dispose"/> once nothing refers to <see cref="Memory"/> any more.
/// </summary>
internal sealed class RequestBody : IDisposable
{
    private byte[]? _buffer;
    private int _length;

    private RequestBody()
    {
    }

    /// <summary>Whether the body exceeded the limit (a 413); <see cref="Memory"/> is then empty.</summary>
    public bool IsTooLarge { get; private set; }

    public ReadOnlyMemory<byte> Memory => _buffer is null ? ReadOnlyMemory<byte>.Empty : _buffer.AsMemory(0, _length);

    public static async Task<RequestBody> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        var body = new RequestBody();
        limit = Math.Min(limit, Array.MaxLength - 1);
        if (request.ContentLength is { } declared && declared > limit)
        {
            body.IsTooLarge = true;
            return body;
        }

        // Let the server enforce the same limit on its side (Kestrel's own default is 30,000,000 bytes).
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        var capacity = (int)Math.Min(limit + 1, request.ContentLength is { } length ? length + 1 : 16 * 1024);
        body._buffer = ArrayPool<byte>.Shared.Rent(Math.Max(capacity, 256));
        try
        {
            while (true)
            {
                if (body._length == body._buffer.Length)
                {
                    if (body._length > limit)
                    {
                        body.MarkTooLarge();
                        return body;
                    }

                    body.Grow(limit);
                }

                var read = await request.Body.ReadAsync(body._buffer.AsMemory(body._length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                body._length += read;
                if (body._length > limit)
                {
                    body.MarkTooLarge();
                    return body;
                }
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            body.MarkTooLarge();
        }
        catch
        {
            body.Dispose();
            throw;
        }

        return body;
    }

    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Grow(long limit)
    {
        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)_buffer!.Length * 2, limit + 1));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }

    private void MarkTooLarge()
    {
        Dispose();
        _length = 0;
        IsTooLarge = true;
    }
}
