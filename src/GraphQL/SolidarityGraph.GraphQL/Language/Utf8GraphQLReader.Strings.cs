namespace SolidarityGraph.GraphQL.Language;

/// <summary>String and block string literals (spec §2.9.4 String Value): validation while reading.</summary>
public ref partial struct Utf8GraphQLReader
{
    /// <summary><c>StringValue :: " StringCharacter* "</c>; escapes are validated here and decoded by <see cref="GetString"/>.</summary>
    private void ReadString(int start)
    {
        ReadOnlySpan<byte> source = _source;
        BeginToken(start);
        int position = start + 1;
        bool hasEscapes = false;
        while (position < source.Length)
        {
            byte code = source[position];
            if (code == (byte)'"')
            {
                EndToken(TokenKind.String, position + 1);
                HasEscapes = hasEscapes;
                return;
            }

            if (code == (byte)'\\')
            {
                hasEscapes = true;
                position += ReadEscape(position, out _);
                continue;
            }

            if (code == (byte)'\n' || code == (byte)'\r')
            {
                break;
            }

            // graphql-js accepts every Unicode scalar value here, control characters included.
            position += code < 0x80 ? 1 : ReadNonAsciiInString(position);
        }

        throw SyntaxErrors.At(source, position, "Unterminated string.");
    }

    /// <summary>
    /// <c>BlockString :: """ BlockStringCharacter* """</c>. The token keeps its start line and column; line counting
    /// continues after it. The value (with <c>BlockStringValue()</c> dedent) comes from <see cref="GetString"/>.
    /// </summary>
    private void ReadBlockString(int start)
    {
        ReadOnlySpan<byte> source = _source;
        BeginToken(start);
        int position = start + 3;
        int line = _line;
        int lineStart = _lineStart;
        int lineStartAdjust = _lineStartUtf16Adjust;
        while (position < source.Length)
        {
            byte code = source[position];
            if (code == (byte)'"' && CodeAt(position + 1) == '"' && CodeAt(position + 2) == '"')
            {
                EndToken(TokenKind.BlockString, position + 3);
                _line = line;
                _lineStart = lineStart;
                _lineStartUtf16Adjust = lineStartAdjust;
                return;
            }

            if (code == (byte)'\\' && CodeAt(position + 1) == '"' && CodeAt(position + 2) == '"' && CodeAt(position + 3) == '"')
            {
                position += 4;
                continue;
            }

            if (code == (byte)'\n' || code == (byte)'\r')
            {
                position += code == (byte)'\r' && CodeAt(position + 1) == '\n' ? 2 : 1;
                line++;
                lineStart = position;
                lineStartAdjust = _utf16Adjust;
                continue;
            }

            position += code < 0x80 ? 1 : ReadNonAsciiInString(position);
        }

        throw SyntaxErrors.At(source, position, "Unterminated string.");
    }

    /// <summary>Validates one multi-byte character inside a string and returns its byte length.</summary>
    private int ReadNonAsciiInString(int position)
    {
        int length = Utf8Text.Decode(_source, position, out int codePoint);
        if (length == 0 || Utf8Text.IsSurrogate(codePoint))
        {
            throw SyntaxErrors.InvalidCharacterWithinString(_source, position);
        }

        _utf16Adjust += length - (codePoint >= 0x10000 ? 2 : 1);
        return length;
    }

    /// <summary>
    /// Validates the escape sequence at <paramref name="position"/> (a backslash) and returns its byte length;
    /// <paramref name="codePoint"/> receives the character it stands for.
    /// </summary>
    private readonly int ReadEscape(int position, out int codePoint)
    {
        if (CodeAt(position + 1) == 'u')
        {
            return CodeAt(position + 2) == '{'
                ? ReadEscapedUnicodeVariableWidth(position, out codePoint)
                : ReadEscapedUnicodeFixedWidth(position, out codePoint);
        }

        codePoint = CodeAt(position + 1) switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => -1,
        };

        if (codePoint < 0)
        {
            throw SyntaxErrors.At(_source, position, $"Invalid character escape sequence: \"{Utf8Text.SliceUtf16(_source, position, 2)}\".");
        }

        return 2;
    }

    /// <summary><c>EscapedUnicode :: { HexDigit+ }</c>: a Unicode scalar value of any width.</summary>
    private readonly int ReadEscapedUnicodeVariableWidth(int position, out int codePoint)
    {
        int point = 0;
        int size = 3;
        while (size < 12)
        {
            int code = CodeAt(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point))
                {
                    break;
                }

                codePoint = point;
                return size;
            }

            // Mirrors graphql-js's 32-bit signed arithmetic, so eight hex digits may overflow to a negative value.
            point = (point << 4) | ReadHexDigit(code);
            if (point < 0)
            {
                break;
            }
        }

        throw SyntaxErrors.At(_source, position, $"Invalid Unicode escape sequence: \"{Utf8Text.SliceUtf16(_source, position, size)}\".");
    }

    /// <summary><c>EscapedUnicode :: HexDigit HexDigit HexDigit HexDigit</c>, with surrogate pairs spelt as two escapes.</summary>
    private readonly int ReadEscapedUnicodeFixedWidth(int position, out int codePoint)
    {
        int code = Read16BitHexCode(position + 2);
        if (IsUnicodeScalarValue(code))
        {
            codePoint = code;
            return 6;
        }

        if (code >= 0xD800 && code <= 0xDBFF && CodeAt(position + 6) == '\\' && CodeAt(position + 7) == 'u')
        {
            int trailing = Read16BitHexCode(position + 8);
            if (trailing >= 0xDC00 && trailing <= 0xDFFF)
            {
                codePoint = 0x10000 + ((code - 0xD800) << 10) + (trailing - 0xDC00);
                return 12;
            }
        }

        throw SyntaxErrors.At(_source, position, $"Invalid Unicode escape sequence: \"{Utf8Text.SliceUtf16(_source, position, 6)}\".");
    }

    private readonly int Read16BitHexCode(int position) =>
        (ReadHexDigit(CodeAt(position)) << 12) | (ReadHexDigit(CodeAt(position + 1)) << 8)
        | (ReadHexDigit(CodeAt(position + 2)) << 4) | ReadHexDigit(CodeAt(position + 3));

    private static int ReadHexDigit(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    private static bool IsUnicodeScalarValue(int code) => (code >= 0 && code <= 0xD7FF) || (code >= 0xE000 && code <= 0x10FFFF);
}
