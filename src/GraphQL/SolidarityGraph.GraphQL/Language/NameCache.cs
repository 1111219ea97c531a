
namespace SolidarityGraph.GraphQL.Language;

/// <summary>
/// Reuses the strings of recurring names (field, type and argument names repeat across requests), so parsing a
/// familiar document allocates no name strings. A fixed-size, direct-mapped table shared by all threads: a slot
/// holds one immutable string and is overwritten on collision, so races only cost a cache miss.
/// </summary>
internal static class NameCache
{
    private const int MaxCachedLength = 64;
    private const int Size = 4096;
    private static readonly string?[] Entries = new string?[Size];

    /// <summary>The string for the ASCII name <paramref name="utf8"/>, from the cache when possible.</summary>
    public static string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxCachedLength)
        {
            return Utf8GraphQLReader.Utf8ToString(utf8);
        }

        uint hash = 2166136261;
        foreach (byte b in utf8)
        {
            hash = (hash ^ b) * 16777619;
        }

        ref string? slot = ref Entries[(int)(hash & (Size - 1))];
        string? cached = slot;
        if (cached is not null && AsciiEquals(utf8, cached))
        {
            return cached;
        }

        string created = Utf8GraphQLReader.Utf8ToString(utf8);
        slot = created;
        return created;
    }

    private static bool AsciiEquals(ReadOnlySpan<byte> utf8, string text)
    {
        if (utf8.Length != text.Length)
        {
            return false;
        }

        for (int i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] != text[i])
            {
                return false;
            }
        }

        return true;
    }
}
