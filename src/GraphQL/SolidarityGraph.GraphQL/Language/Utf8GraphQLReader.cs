namespace SolidarityGraph.GraphQL.Language;

/// <summary>
/// A forward-only GraphQL lexer over UTF-8 text (spec §2.1 Source Text), shaped like
/// <c>System.Text.Json.Utf8JsonReader</c>: call <see cref="Read"/> and inspect <see cref="Kind"/> and the position
/// properties. Reading allocates nothing; <see cref="GetString"/> materialises a token's value on demand.
/// Lexical rules and error messages follow graphql-js 17.1.0; errors throw
/// <see cref="Errors.GraphQLSyntaxException"/>.
/// </summary>
public ref partial struct Utf8GraphQLReader
{
    private readonly ReadOnlySpan<byte> _source;
    private readonly bool _schemaCoordinate;
    private int _position;
    private int _line;
    private int _lineStart;

    // graphql-js counts offsets and columns in UTF-16 code units; these track (bytes - UTF-16 units) consumed so
    // far, and that difference as it stood at the start of the current line.
    private int _utf16Adjust;
    private int _lineStartUtf16Adjust;

    /// <summary>Creates a reader positioned before the first token (<see cref="TokenKind.StartOfFile"/>).</summary>
    /// <param name="utf8">The document as UTF-8; a leading byte order mark is ignored.</param>
    public Utf8GraphQLReader(ReadOnlySpan<byte> utf8)
        : this(utf8, schemaCoordinate: false)
    {
    }

    internal Utf8GraphQLReader(ReadOnlySpan<byte> utf8, bool schemaCoordinate)
    {
        _source = utf8;
        _schemaCoordinate = schemaCoordinate;
        _position = 0;
        _line = 1;
        _lineStart = 0;
        _utf16Adjust = 0;
        _lineStartUtf16Adjust = 0;
        Kind = TokenKind.StartOfFile;
        Start = 0;
        End = 0;
        Line = 0;
        Column = 0;
        Utf16Start = 0;
        Utf16End = 0;
        HasEscapes = false;
    }

    /// <summary>The kind of the current token.</summary>
    public TokenKind Kind { get; private set; }

    /// <summary>Byte offset of the current token's first byte.</summary>
    public int Start { get; private set; }

    /// <summary>Byte offset just past the current token.</summary>
    public int End { get; private set; }

    /// <summary>1-based line of the current token (0 before the first token).</summary>
    public int Line { get; private set; }

    /// <summary>1-based column of the current token in UTF-16 code units, as graphql-js reports it (0 before the first token).</summary>
    public int Column { get; private set; }

    /// <summary>Offset of the current token's start in UTF-16 code units (graphql-js <c>token.start</c>).</summary>
    public int Utf16Start { get; private set; }

    /// <summary>Offset just past the current token in UTF-16 code units (graphql-js <c>token.end</c>).</summary>
    public int Utf16End { get; private set; }

    /// <summary>For <see cref="TokenKind.String"/> tokens: whether the literal contains escape sequences.</summary>
    public bool HasEscapes { get; private set; }

    /// <summary>The whole source being read.</summary>
    public readonly ReadOnlySpan<byte> Source => _source;

    /// <summary>The current token's bytes exactly as written (quotes and <c>#</c> included).</summary>
    public readonly ReadOnlySpan<byte> GetRawSpan() => _source.Slice(Start, End - Start);

    /// <summary>
    /// The current token's value bytes without decoding: the text of names and numbers, the content between the
    /// quotes of strings and block strings (escapes and indentation kept), the text after <c>#</c> of comments;
    /// empty for punctuators.
    /// </summary>
    public readonly ReadOnlySpan<byte> ValueSpan => Kind switch
    {
        TokenKind.Name or TokenKind.Int or TokenKind.Float => _source.Slice(Start, End - Start),
        TokenKind.String => _source.Slice(Start + 1, End - Start - 2),
        TokenKind.BlockString => _source.Slice(Start + 3, End - Start - 6),
        TokenKind.Comment => _source.Slice(Start + 1, End - Start - 1),
        _ => default,
    };

    /// <summary>Advances to the next token, comments included.</summary>
    /// <returns><see langword="false"/> once the reader is at <see cref="TokenKind.EndOfFile"/>.</returns>
    public bool Read()
    {
        if (Kind == TokenKind.EndOfFile)
        {
            return false;
        }

        if (_schemaCoordinate)
        {
            ReadSchemaCoordinateToken();
        }
        else
        {
            ReadNextToken();
        }

        return Kind != TokenKind.EndOfFile;
    }

    private void ReadNextToken()
    {
        ReadOnlySpan<byte> source = _source;
        int position = _position;
        while (position < source.Length)
        {
            byte code = source[position];
            switch (code)
            {
                case (byte)' ':
                case (byte)'\t':
                case (byte)',':
                    position++;
                    continue;
                case (byte)'\n':
                    position++;
                    StartLine(position);
                    continue;
                case (byte)'\r':
                    position += position + 1 < source.Length && source[position + 1] == (byte)'\n' ? 2 : 1;
                    StartLine(position);
                    continue;
                case 0xEF when IsByteOrderMark(source, position):
                    position += 3;
                    _utf16Adjust += 2;
                    continue;
                case (byte)'#':
                    ReadComment(position);
                    return;
                case (byte)'!':
                    Punctuator(TokenKind.Bang, position, 1);
                    return;
                case (byte)'$':
                    Punctuator(TokenKind.Dollar, position, 1);
                    return;
                case (byte)'&':
                    Punctuator(TokenKind.Amp, position, 1);
                    return;
                case (byte)'(':
                    Punctuator(TokenKind.ParenL, position, 1);
                    return;
                case (byte)')':
                    Punctuator(TokenKind.ParenR, position, 1);
                    return;
                case (byte)'.':
                    ReadDots(position);
                    return;
                case (byte)':':
                    Punctuator(TokenKind.Colon, position, 1);
                    return;
                case (byte)'=':
                    Punctuator(TokenKind.Equal, position, 1);
                    return;
                case (byte)'@':
                    Punctuator(TokenKind.At, position, 1);
                    return;
                case (byte)'[':
                    Punctuator(TokenKind.BracketL, position, 1);
                    return;
                case (byte)']':
                    Punctuator(TokenKind.BracketR, position, 1);
                    return;
                case (byte)'{':
                    Punctuator(TokenKind.BraceL, position, 1);
                    return;
                case (byte)'|':
                    Punctuator(TokenKind.Pipe, position, 1);
                    return;
                case (byte)'}':
                    Punctuator(TokenKind.BraceR, position, 1);
                    return;
                case (byte)'"':
                    if (position + 2 < source.Length && source[position + 1] == (byte)'"' && source[position + 2] == (byte)'"')
                    {
                        ReadBlockString(position);
                    }
                    else
                    {
                        ReadString(position);
                    }

                    return;
            }

            if (IsDigit(code) || code == (byte)'-')
            {
                ReadNumber(position, code);
                return;
            }

            if (IsNameStart(code))
            {
                ReadName(position);
                return;
            }

            throw SyntaxErrors.UnexpectedCharacter(source, position);
        }

        BeginToken(source.Length);
        EndToken(TokenKind.EndOfFile, source.Length);
    }

    private void BeginToken(int start)
    {
        Start = start;
        Line = _line;
        Utf16Start = start - _utf16Adjust;
        Column = 1 + Utf16Start - (_lineStart - _lineStartUtf16Adjust);
        HasEscapes = false;
    }

    private void EndToken(TokenKind kind, int end)
    {
        Kind = kind;
        End = end;
        Utf16End = end - _utf16Adjust;
        _position = end;
    }

    private void StartLine(int position)
    {
        _line++;
        _lineStart = position;
        _lineStartUtf16Adjust = _utf16Adjust;
    }

    /// <summary>The byte at <paramref name="position"/>, or -1 past the end (JavaScript's NaN from <c>charCodeAt</c>).</summary>
    private readonly int CodeAt(int position) => position < _source.Length ? _source[position] : -1;

    private static bool IsByteOrderMark(ReadOnlySpan<byte> source, int position) =>
        position + 2 < source.Length && source[position + 1] == 0xBB && source[position + 2] == 0xBF;

    internal static bool IsDigit(int code) => code >= '0' && code <= '9';

    internal static bool IsNameStart(int code) => (code >= 'a' && code <= 'z') || (code >= 'A' && code <= 'Z') || code == '_';

    internal static bool IsNameContinue(int code) => IsNameStart(code) || IsDigit(code);
}
