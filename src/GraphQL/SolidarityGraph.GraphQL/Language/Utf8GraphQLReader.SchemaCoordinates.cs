namespace SolidarityGraph.GraphQL.Language;

/// <summary>
/// Schema coordinate lexing: a schema coordinate is a single unbroken run of names and <c>. ( ) : @</c>, with no
/// ignored tokens at all (graphql-js <c>SchemaCoordinateLexer</c>).
/// </summary>
public ref partial struct Utf8GraphQLReader
{
    private void ReadSchemaCoordinateToken()
    {
        ReadOnlySpan<byte> source = _source;
        int position = _position;
        if (position >= source.Length)
        {
            BeginToken(source.Length);
            EndToken(TokenKind.EndOfFile, source.Length);
            return;
        }

        switch (source[position])
        {
            case (byte)'.':
                Punctuator(TokenKind.Dot, position, 1);
                return;
            case (byte)'(':
                Punctuator(TokenKind.ParenL, position, 1);
                return;
            case (byte)')':
                Punctuator(TokenKind.ParenR, position, 1);
                return;
            case (byte)':':
                Punctuator(TokenKind.Colon, position, 1);
                return;
            case (byte)'@':
                Punctuator(TokenKind.At, position, 1);
                return;
        }

        if (IsNameStart(source[position]))
        {
            ReadName(position);
            return;
        }

        if (Utf8Text.Decode(source, position, out _) == 0)
        {
            throw SyntaxErrors.InvalidUtf8(source, position);
        }

        throw SyntaxErrors.At(source, position, $"Invalid character: {Utf8Text.PrintCodePointAt(source, position)}.");
    }
}
