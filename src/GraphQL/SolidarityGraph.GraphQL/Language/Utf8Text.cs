using System.Text;
using SolidarityGraph.GraphQL.Errors;

namespace SolidarityGraph.GraphQL.Language;

/// <summary>
/// UTF-8 helpers for the lexer. Source text is UTF-8, but graphql-js measures columns and offsets in UTF-16 code
/// units; these helpers translate. Lone surrogates (which a .NET string may hold) travel as their 3-byte
/// "generalised UTF-8" form (ED A0..BF xx) so the lexer can report them as graphql-js does.
/// </summary>
internal static class Utf8Text
{
    /// <summary>
    /// Decodes the code point starting at <paramref name="position"/>. Returns its byte length, or 0 when the bytes
    /// are not UTF-8. Encoded surrogates are returned as their code point (U+D800..U+DFFF) with length 3.
    /// </summary>
    public static int Decode(ReadOnlySpan<byte> source, int position, out int codePoint)
    {
        codePoint = -1;
        int b0 = source[position];
        if (b0 < 0x80)
        {
            codePoint = b0;
            return 1;
        }

        int remaining = source.Length - position;
        if (b0 < 0xC2)
        {
            return 0;
        }

        if (b0 < 0xE0)
        {
            if (remaining < 2 || !IsContinuation(source[position + 1]))
            {
                return 0;
            }

            codePoint = ((b0 & 0x1F) << 6) | (source[position + 1] & 0x3F);
            return 2;
        }

        if (b0 < 0xF0)
        {
            if (remaining < 3 || !IsContinuation(source[position + 1]) || !IsContinuation(source[position + 2]))
            {
                return 0;
            }

            int cp = ((b0 & 0x0F) << 12) | ((source[position + 1] & 0x3F) << 6) | (source[position + 2] & 0x3F);
            if (cp < 0x800)
            {
                return 0;
            }

            codePoint = cp;
            return 3;
        }

        if (b0 < 0xF5)
        {
            if (remaining < 4 || !IsContinuation(source[position + 1]) || !IsContinuation(source[position + 2])
                || !IsContinuation(source[position + 3]))
            {
                return 0;
            }

            int cp = ((b0 & 0x07) << 18) | ((source[position + 1] & 0x3F) << 12)
                | ((source[position + 2] & 0x3F) << 6) | (source[position + 3] & 0x3F);
            if (cp < 0x10000 || cp > 0x10FFFF)
            {
                return 0;
            }

            codePoint = cp;
            return 4;
        }

        return 0;
    }

    /// <summary>Whether <paramref name="codePoint"/> is a surrogate code point (never a Unicode scalar value).</summary>
    public static bool IsSurrogate(int codePoint) => codePoint >= 0xD800 && codePoint <= 0xDFFF;

    /// <summary>
    /// Describes the character at <paramref name="position"/> the way graphql-js's <c>printCodePointAt</c> does:
    /// <c>"a"</c> for printable ASCII, <c>'"'</c> for a double quote, <c>U+XXXX</c> otherwise, <c>&lt;EOF&gt;</c> past the end.
    /// </summary>
    public static string PrintCodePointAt(ReadOnlySpan<byte> source, int position)
    {
        if (position >= source.Length)
        {
            return "<EOF>";
        }

        int length = Decode(source, position, out int codePoint);
        if (length == 0)
        {
            codePoint = 0xFFFD;
        }

        if (codePoint >= 0x20 && codePoint <= 0x7E)
        {
            return codePoint == '"' ? "'\"'" : "\"" + (char)codePoint + "\"";
        }

        return "U+" + codePoint.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Returns the text of <paramref name="units"/> UTF-16 code units starting at byte <paramref name="position"/>,
    /// clamped to the source, like JavaScript's <c>body.slice(position, position + units)</c>. A supplementary
    /// character cut in half contributes its high surrogate only, as in JavaScript.
    /// </summary>
    public static string SliceUtf16(ReadOnlySpan<byte> source, int position, int units)
    {
        var builder = new StringBuilder(units);
        while (units > 0 && position < source.Length)
        {
            int length = Decode(source, position, out int codePoint);
            if (length == 0)
            {
                length = 1;
                codePoint = 0xFFFD;
            }

            if (codePoint >= 0x10000)
            {
                int offset = codePoint - 0x10000;
                builder.Append((char)(0xD800 + (offset >> 10)));
                if (units >= 2)
                {
                    builder.Append((char)(0xDC00 + (offset & 0x3FF)));
                }

                units -= 2;
            }
            else
            {
                builder.Append((char)codePoint);
                units--;
            }

            position += length;
        }

        return builder.ToString();
    }

    /// <summary>
    /// The 1-based line and UTF-16 column of byte <paramref name="position"/>, counting <c>\r\n</c>, <c>\n</c> and
    /// <c>\r</c> as line breaks (graphql-js <c>getLocation</c>).
    /// </summary>
    public static SourceLocation GetLocation(ReadOnlySpan<byte> source, int position)
    {
        int line = 1;
        int lineStart = 0;
        int end = Math.Min(position, source.Length);
        for (int i = 0; i < end; i++)
        {
            byte b = source[i];
            if (b == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (b == (byte)'\r')
            {
                if (i + 1 < source.Length && source[i + 1] == (byte)'\n')
                {
                    i++;
                }

                line++;
                lineStart = i + 1;
            }
        }

        return new SourceLocation(line, 1 + CountUtf16Units(source, lineStart, position) + Math.Max(0, position - source.Length));
    }

    /// <summary>UTF-16 code units needed for the bytes in [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static int CountUtf16Units(ReadOnlySpan<byte> source, int start, int end)
    {
        int units = 0;
        end = Math.Min(end, source.Length);
        for (int i = start; i < end; i++)
        {
            byte b = source[i];
            if (!IsContinuation(b))
            {
                units += b >= 0xF0 ? 2 : 1;
            }
        }

        return units;
    }

    private static bool IsContinuation(byte b) => (b & 0xC0) == 0x80;
}
