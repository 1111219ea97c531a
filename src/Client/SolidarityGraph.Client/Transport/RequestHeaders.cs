using System.ComponentModel;

namespace SolidarityGraph.Client;

/// <summary>The immutable per-request header lists of generated operations (<c>WithHeader</c>).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RequestHeaders
{
    /// <summary>No extra header.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> None { get; } = [];

    /// <summary>A new list: <paramref name="headers"/> followed by <paramref name="name"/>: <paramref name="value"/>.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Append(IReadOnlyList<KeyValuePair<string, string>> headers, string name, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        return [.. headers, new KeyValuePair<string, string>(name, value)];
    }
}
