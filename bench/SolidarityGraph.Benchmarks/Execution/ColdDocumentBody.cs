using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace SolidarityGraph.Benchmarks.Execution;

/// <summary>
/// <c>bench/scenario</c> Q6: Q2's document with a unique trailing comment on every request, so the pipeline sees a
/// document it has never seen (parse, validation, limits, cost and the document cache's handling of a newcomer, every
/// time). The body is rewritten in place: only the counter's digits change, so making it costs no allocation.
/// </summary>
internal sealed class ColdDocumentBody
{
    private const int Digits = 10;
    private readonly byte[] _body;
    private readonly int _counterAt;
    private long _counter;

    public ColdDocumentBody(string query)
    {
        var marker = new string('0', Digits);
        _body = JsonSerializer.SerializeToUtf8Bytes(new { query = $"{query} #{marker}" });
        _counterAt = _body.AsSpan().IndexOf(Encoding.ASCII.GetBytes(marker));
    }

    /// <summary>The body with the next counter value: a document text not sent before.</summary>
    public byte[] Next()
    {
        _counter++;
        Utf8Formatter.TryFormat(_counter, _body.AsSpan(_counterAt, Digits), out _, new System.Buffers.StandardFormat('D', Digits));
        return _body;
    }
}
