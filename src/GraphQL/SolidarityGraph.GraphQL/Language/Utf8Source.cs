using System.Buffers;
using System.Text;
using SolidarityGraph.GraphQL.Errors;

namespace SolidarityGraph.GraphQL.Language;

/// <summary>
/// A document's UTF-8 bytes in a pooled buffer, encoded once from a .NET string. Lone surrogates are kept as their
/// 3-byte generalised UTF-8 form so the lexer reports them like graphql-js (<c>Invalid character: U+D800.</c>)
/// instead of silently replacing them.
/// </summary>
internal readonly struct Utf8Source : IDisposable
{
    private readonly byte[] _buffer;
    private readonly int _length;

    private Utf8Source(byte[] buffer, int length)
    {
        _buffer = buffer;
        _length = length;
    }

    public ReadOnlySpan<byte> Span => new(_buffer, 0, _length);

    public static Utf8Source Encode(string source, ParserOptions options)
    {
        if (source is null)
        {
            throw new ArgumentNullException(nameof(source));
        }

        // A UTF-16 code unit never takes fewer than one UTF-8 byte, so this rejects huge inputs before encoding.
        if (source.Length > options.MaxDocumentBytes)
        {
            throw TooLarge(options.MaxDocumentBytes);
        }

        // Lone surrogates take 3 bytes both as U+FFFD and as their generalised UTF-8 form, so the count is exact.
        int byteCount = Encoding.UTF8.GetByteCount(source);
        if (byteCount > options.MaxDocumentBytes)
        {
            throw TooLarge(options.MaxDocumentBytes);
        }

        byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Max(byteCount, 1));
        int length = Write(source, buffer);
        return new Utf8Source(buffer, length);
    }

    public static void CheckSize(ReadOnlySpan<byte> utf8, ParserOptions options)
    {
        if (utf8.Length > options.MaxDocumentBytes)
        {
            throw TooLarge(options.MaxDocumentBytes);
        }
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);

    private static GraphQLSyntaxException TooLarge(int max) =>
        SyntaxErrors.Create(new SourceLocation(1, 1), $"Document contains more than {max} bytes. Parsing aborted.", ErrorCodes.MaxDocumentSize);

    private static int Write(string source, byte[] buffer)
    {
#if NET
        // Fast (vectorised) path; it stops at each lone surrogate, which is then written by hand.
        int length = 0;
        int index = 0;
        while (true)
        {
            var status = System.Text.Unicode.Utf8.FromUtf16(
                source.AsSpan(index), buffer.AsSpan(length), out int read, out int written, replaceInvalidSequences: false);
            index += read;
            length += written;
            if (status != OperationStatus.InvalidData)
            {
                return length;
            }

            int c = source[index++];
            buffer[length++] = (byte)(0xE0 | (c >> 12));
            buffer[length++] = (byte)(0x80 | ((c >> 6) & 0x3F));
            buffer[length++] = (byte)(0x80 | (c & 0x3F));
        }
#else
        int length = 0;
        for (int i = 0; i < source.Length; i++)
        {
            int c = source[i];
            if (c < 0x80)
            {
                buffer[length++] = (byte)c;
            }
            else if (c < 0x800)
            {
                buffer[length++] = (byte)(0xC0 | (c >> 6));
                buffer[length++] = (byte)(0x80 | (c & 0x3F));
            }
            else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
            {
                int codePoint = char.ConvertToUtf32((char)c, source[++i]);
                buffer[length++] = (byte)(0xF0 | (codePoint >> 18));
                buffer[length++] = (byte)(0x80 | ((codePoint >> 12) & 0x3F));
                buffer[length++] = (byte)(0x80 | ((codePoint >> 6) & 0x3F));
                buffer[length++] = (byte)(0x80 | (codePoint & 0x3F));
            }
            else
            {
                buffer[length++] = (byte)(0xE0 | (c >> 12));
                buffer[length++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                buffer[length++] = (byte)(0x80 | (c & 0x3F));
            }
        }

        return length;
#endif
    }
}
