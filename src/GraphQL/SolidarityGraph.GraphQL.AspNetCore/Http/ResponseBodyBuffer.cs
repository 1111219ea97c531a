using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SolidarityGraph.GraphQL.Execution;

namespace SolidarityGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// Where a response is written: a pooled buffer, so that a response of up to <see cref="SpillBytes"/> goes out with
/// <c>Content-Length</c> in one write (no chunk framing, as every other GraphQL server sends it), and straight into the
/// response pipe beyond that (chunked), so a large response is never held twice. One per thread, reused with its
/// <see cref="Utf8JsonWriter"/>: a response is written synchronously from start to end.
/// </summary>
internal sealed class ResponseBodyBuffer : IBufferWriter<byte>
{
    /// <summary>The largest response sent with <c>Content-Length</c>.</summary>
    public const int SpillBytes = 64 * 1024;

    private const int InitialBytes = 4 * 1024;

    [ThreadStatic]
    private static ResponseBodyBuffer? _spare;

    private readonly Utf8JsonWriter _compactWriter;
    private byte[] _buffer = [];
    private int _written;
    private HttpResponse? _response;
    private PipeWriter? _spilledTo;

    private ResponseBodyBuffer() => _compactWriter = new Utf8JsonWriter(this, ResultWriter.Options(indented: false));

    /// <summary>Writes <paramref name="result"/> to <paramref name="response"/>'s body (not flushed).</summary>
    public static void Write(HttpResponse response, ExecutionResult result, bool indented)
    {
        var body = _spare ?? new ResponseBodyBuffer();
        _spare = null;
        body.Begin(response);
        try
        {
            if (indented)
            {
                using var writer = new Utf8JsonWriter(body, ResultWriter.Options(indented: true));
                ResultWriter.Write(writer, result);
            }
            else
            {
                body._compactWriter.Reset();
                ResultWriter.Write(body._compactWriter, result);
                body._compactWriter.Flush();
            }

            body.Complete();
        }
        finally
        {
            body.End();
            _spare = body;
        }
    }

    public void Advance(int count)
    {
        if (_spilledTo is { } pipe)
        {
            pipe.Advance(count);
            return;
        }

        _written += count;
        if (_written > SpillBytes)
        {
            Spill();
        }
    }

    public Memory<byte> GetMemory(int sizeHint = 0) =>
        _spilledTo is { } pipe ? pipe.GetMemory(sizeHint) : Reserve(sizeHint).AsMemory(_written);

    public Span<byte> GetSpan(int sizeHint = 0) =>
        _spilledTo is { } pipe ? pipe.GetSpan(sizeHint) : Reserve(sizeHint).AsSpan(_written);

    private void Begin(HttpResponse response)
    {
        _response = response;
        _written = 0;
        _spilledTo = null;
        if (_buffer.Length == 0)
        {
            _buffer = ArrayPool<byte>.Shared.Rent(InitialBytes);
        }
    }

    private void Complete()
    {
        if (_spilledTo is null)
        {
            _response!.ContentLength = _written;
            _response.BodyWriter.Write(_buffer.AsSpan(0, _written));
        }
    }

    // Keeps a buffer of the initial size for the next response; a grown one goes back to the pool.
    private void End()
    {
        _response = null;
        _spilledTo = null;
        _compactWriter.Reset();
        if (_buffer.Length > InitialBytes * 4)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    private byte[] Reserve(int sizeHint)
    {
        var needed = _written + Math.Max(sizeHint, 1);
        if (needed > _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
            _buffer.AsSpan(0, _written).CopyTo(larger);
            if (_buffer.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
            }

            _buffer = larger;
        }

        return _buffer;
    }

    // Too large to hold: what is written so far goes to the pipe, and the rest follows it there.
    private void Spill()
    {
        var pipe = _response!.BodyWriter;
        pipe.Write(_buffer.AsSpan(0, _written));
        _written = 0;
        _spilledTo = pipe;
    }
}
