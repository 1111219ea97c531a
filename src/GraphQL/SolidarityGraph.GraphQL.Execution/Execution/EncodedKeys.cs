using System.Text.Encodings.Web;
using System.Text.Json;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>
/// The response keys of the last few grouped field sets written on this thread, escaped and encoded for the writer's
/// encoder. A response interleaves the maps of a few selection sets (an author, its books, their reviews), so a few
/// entries compared by reference find almost every map's keys; a miss encodes the set once more.
/// </summary>
/// <remarks>
/// Thread-static instead of per response so that <see cref="ResultWriter.WriteValue"/> keeps its signature; it holds at
/// most <see cref="Size"/> small key arrays alive after their request.
/// </remarks>
internal static class EncodedKeys
{
    private const int Size = 4;

    [ThreadStatic]
    private static Entry[]? t_entries;

    [ThreadStatic]
    private static int t_next;

    /// <summary>The encoded form of <paramref name="keys"/> for <paramref name="encoder"/> (the default encoder when null).</summary>
    public static JsonEncodedText[] For(string[] keys, JavaScriptEncoder? encoder)
    {
        var entries = t_entries ??= new Entry[Size];
        for (var i = 0; i < entries.Length; i++)
        {
            if (ReferenceEquals(entries[i].Keys, keys) && ReferenceEquals(entries[i].Encoder, encoder))
            {
                return entries[i].Encoded;
            }
        }

        var encoded = new JsonEncodedText[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            // A map's key array may have room left at its end (never written).
            encoded[i] = keys[i] is { } key ? JsonEncodedText.Encode(key, encoder) : default;
        }

        entries[t_next] = new Entry(keys, encoder, encoded);
        t_next = (t_next + 1) % Size;
        return encoded;
    }

    private readonly record struct Entry(string[]? Keys, JavaScriptEncoder? Encoder, JsonEncodedText[] Encoded);
}
