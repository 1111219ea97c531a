using System.Buffers;
using System.Text;

namespace SolidarityGraph.GraphQL.Language;

/// <summary>Materialising token values (the only part of the reader that allocates).</summary>
public ref partial struct Utf8GraphQLReader
{
    /// <summary>
    /// The current token's value as graphql-js's <c>token.value</c>: names and numbers as written, strings with
    /// escapes decoded, block strings dedented (<c>BlockStringValue()</c>), comments without the <c>#</c>.
    /// </summary>
    /// <remarks>Name strings come from a shared cache, so recurring names are not allocated again.</remarks>
    /// <exception cref="InvalidOperationException">The token is a punctuator, start or end of file.</exception>
    public readonly string GetString() => Kind switch
    {
        TokenKind.Name => NameCache.Get(ValueSpan),
        TokenKind.Int or TokenKind.Float or TokenKind.Comment => Utf8ToString(ValueSpan),
        TokenKind.String => HasEscapes ? DecodeString() : Utf8ToString(ValueSpan),
        TokenKind.BlockString => BlockString.Value(Utf8ToString(ValueSpan)),
        _ => throw new InvalidOperationException($"A {Kind} token has no value."),
    };

    /// <summary>Whether the current token's raw value bytes equal <paramref name="utf8"/> (e.g. a keyword).</summary>
    public readonly bool ValueTextEquals(ReadOnlySpan<byte> utf8) => ValueSpan.SequenceEqual(utf8);

    internal static unsafe string Utf8ToString(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return string.Empty;
        }

        fixed (byte* bytes = utf8)
        {
            return Encoding.UTF8.GetString(bytes, utf8.Length);
        }
    }

    /// <summary>Decodes a string literal with escapes; the literal was validated when it was read.</summary>
    private readonly string DecodeString()
    {
        ReadOnlySpan<byte> source = _source;
        int end = End - 1;
        int capacity = end - Start;
        char[] buffer = ArrayPool<char>.Shared.Rent(capacity);
        try
        {
            int length = 0;
            int position = Start + 1;
            while (position < end)
            {
                int chunkEnd = source.Slice(position, end - position).IndexOf((byte)'\\');
                chunkEnd = chunkEnd < 0 ? end : position + chunkEnd;
                length += DecodeUtf8(source.Slice(position, chunkEnd - position), buffer, length);
                position = chunkEnd;
                if (position < end)
                {
                    position += ReadEscape(position, out int codePoint);
                    length += AppendCodePoint(buffer, length, codePoint);
                }
            }

            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static unsafe int DecodeUtf8(ReadOnlySpan<byte> utf8, char[] buffer, int index)
    {
        if (utf8.IsEmpty)
        {
            return 0;
        }

        fixed (byte* bytes = utf8)
        fixed (char* chars = &buffer[index])
        {
            return Encoding.UTF8.GetChars(bytes, utf8.Length, chars, buffer.Length - index);
        }
    }

    private static int AppendCodePoint(char[] buffer, int index, int codePoint)
    {
        if (codePoint < 0x10000)
        {
            buffer[index] = (char)codePoint;
            return 1;
        }

        int offset = codePoint - 0x10000;
        buffer[index] = (char)(0xD800 + (offset >> 10));
        buffer[index + 1] = (char)(0xDC00 + (offset & 0x3FF));
        return 2;
    }
}
