using System.Buffers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SolidarityGraph.Domain.Persistence.Conversions;

/// <summary>
/// A <c>string[]</c> query parameter as the JSON array text SQLite reads with <c>json_each(@keys)</c> (every DataLoader
/// batch's keys). EF Core's own conversion writes it through a <see cref="Utf8JsonWriter"/> over a growing stream and
/// then decodes the bytes into the string; this one measures the exact length first and writes the one string.
/// Escapes what RFC 8259 requires (quotation mark, reverse solidus, control characters) and keeps every other
/// character as it is, which SQLite's JSON functions read back unchanged. A null element is written as <c>null</c>.
/// </summary>
internal sealed class StringArrayJsonConverter : ValueConverter<string?[], string>
{
    private static readonly SearchValues<char> Escaped = SearchValues.Create(
        "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    public StringArrayJsonConverter()
        : base(v => ToJson(v), v => FromJson(v))
    {
    }

    /// <summary>The JSON array of <paramref name="values"/>, e.g. <c>["01H…","a\"b"]</c>.</summary>
    public static string ToJson(string?[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var length = 2 + Math.Max(values.Length - 1, 0); // brackets and commas
        foreach (var value in values)
        {
            length = checked(length + EncodedLength(value));
        }

        return string.Create(length, values, static (text, values) =>
        {
            text[0] = '[';
            var at = 1;
            for (var i = 0; i < values.Length; i++)
            {
                if (i > 0)
                {
                    text[at++] = ',';
                }

                at += Write(values[i], text[at..]);
            }

            text[at] = ']';
        });
    }

    /// <summary>Reads a JSON array of strings (and nulls) back; EF Core needs both directions of a converter.</summary>
    public static string?[] FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        var values = new string?[document.RootElement.GetArrayLength()];
        var i = 0;
        foreach (var element in document.RootElement.EnumerateArray())
        {
            values[i++] = element.GetString();
        }

        return values;
    }

    private static int EncodedLength(string? value)
    {
        if (value is null)
        {
            return 4; // null
        }

        var span = value.AsSpan();
        var plain = span.IndexOfAny(Escaped);
        if (plain < 0)
        {
            return value.Length + 2; // the common case (ids): quoted as it is
        }

        var length = plain + 2;
        foreach (var c in span[plain..])
        {
            length += c switch
            {
                '"' or '\\' or '\b' or '\f' or '\n' or '\r' or '\t' => 2,
                < ' ' => 6, // \u00XX
                _ => 1,
            };
        }

        return length;
    }

    private static int Write(string? value, Span<char> text)
    {
        if (value is null)
        {
            "null".CopyTo(text);
            return 4;
        }

        text[0] = '"';
        var at = 1;
        var rest = value.AsSpan();
        for (var plain = rest.IndexOfAny(Escaped); plain >= 0; plain = rest.IndexOfAny(Escaped))
        {
            rest[..plain].CopyTo(text[at..]);
            at += plain;
            at += WriteEscape(rest[plain], text[at..]);
            rest = rest[(plain + 1)..];
        }

        rest.CopyTo(text[at..]);
        at += rest.Length;
        text[at++] = '"';
        return at;
    }

    private static int WriteEscape(char c, Span<char> text)
    {
        text[0] = '\\';
        var shortForm = c switch
        {
            '"' => '"',
            '\\' => '\\',
            '\b' => 'b',
            '\f' => 'f',
            '\n' => 'n',
            '\r' => 'r',
            '\t' => 't',
            _ => '\0',
        };
        if (shortForm != '\0')
        {
            text[1] = shortForm;
            return 2;
        }

        "u00".CopyTo(text[1..]);
        text[4] = HexDigit(c >> 4);
        text[5] = HexDigit(c & 0xF);
        return 6;
    }

    private static char HexDigit(int value) => (char)(value < 10 ? '0' + value : 'A' + value - 10);
}
