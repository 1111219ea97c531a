using System.Buffers.Text;
using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SolidarityGraph.Bench.Ceiling;

/// <summary>Global IDs as the Api writes them: unpadded base64url of <c>Type:Key</c>.</summary>
public static class GlobalIds
{
    public static string Encode(string type, string key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(type + ":" + key));

    /// <summary>The key of an ID of <paramref name="type"/>; anything else is refused (the ceiling has no error path to mirror).</summary>
    public static string Key(string id, string type)
    {
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(id));
        }
        catch (FormatException)
        {
            throw new ArgumentException("The ID is not base64url text.");
        }

        return text.StartsWith(type + ":", StringComparison.Ordinal)
            ? text[(type.Length + 1)..]
            : throw new ArgumentException($"The ceiling answers this query for a {type} ID only.");
    }
}

/// <summary>Column values written as the Api's scalars and enums.</summary>
public static class Columns
{
    /// <summary>Decimals are stored as integers scaled by 10^4; <c>Decimal</c> is written as its invariant text.</summary>
    public static void WriteDecimal(Utf8JsonWriter writer, ReadOnlySpan<byte> name, DbDataReader reader, int ordinal) =>
        WriteDecimal(writer, name, reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal));

    /// <inheritdoc cref="WriteDecimal(Utf8JsonWriter, ReadOnlySpan{byte}, DbDataReader, int)" />
    public static void WriteDecimal(Utf8JsonWriter writer, ReadOnlySpan<byte> name, long? scaled)
    {
        if (scaled is not { } value)
        {
            writer.WriteNull(name);
            return;
        }

        Span<char> text = stackalloc char[32];
        (value / 10_000m).TryFormat(text, out var length, default, CultureInfo.InvariantCulture);
        writer.WriteString(name, text[..length]);
    }

    public static void WriteString(Utf8JsonWriter writer, ReadOnlySpan<byte> name, DbDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal))
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, reader.GetString(ordinal));
        }
    }

    /// <summary>Enums are stored by member name (e.g. <c>InProgress</c>); GraphQL names them <c>IN_PROGRESS</c>.</summary>
    public static void WriteEnum(Utf8JsonWriter writer, ReadOnlySpan<byte> name, DbDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal))
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, EnumValueName(reader.GetString(ordinal)));
        }
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> EnumNames = new(StringComparer.Ordinal);

    /// <summary>An underscore before each word's capital (acronyms stay one word), then upper case; cached per member.</summary>
    public static string EnumValueName(string member) => EnumNames.GetOrAdd(member, Convert);

    private static string Convert(string member)
    {
        var builder = new StringBuilder(member.Length + 4);
        for (var i = 0; i < member.Length; i++)
        {
            var c = member[i];
            if (i > 0 && char.IsUpper(c) && member[i - 1] != '_'
                && (!char.IsUpper(member[i - 1]) || (i + 1 < member.Length && char.IsLower(member[i + 1]))))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }
}
