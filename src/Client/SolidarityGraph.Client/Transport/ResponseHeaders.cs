using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Net.Http.Headers;

namespace SolidarityGraph.Client;

/// <summary>
/// The response and content headers, case-insensitive, copied into a dictionary only when first read: most callers
/// never look, and the copy would cost every request.
/// </summary>
internal sealed class ResponseHeaders(HttpResponseHeaders response, HttpContentHeaders content) : IReadOnlyDictionary<string, IReadOnlyList<string>>
{
    private Dictionary<string, IReadOnlyList<string>>? _headers;

    public int Count => Headers.Count;

    public IEnumerable<string> Keys => Headers.Keys;

    public IEnumerable<IReadOnlyList<string>> Values => Headers.Values;

    private Dictionary<string, IReadOnlyList<string>> Headers => _headers ??= Copy();

    public IReadOnlyList<string> this[string key] => Headers[key];

    public bool ContainsKey(string key) => Headers.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out IReadOnlyList<string> value) => Headers.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, IReadOnlyList<string>>> GetEnumerator() => Headers.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private Dictionary<string, IReadOnlyList<string>> Copy()
    {
        var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Concat(content))
        {
            headers[name] = values.ToArray();
        }

        return headers;
    }
}
