namespace SolidarityGraph.GraphQL.Language;

/// <summary>Spec §2.1.4 Comments, §2.1.8 Punctuators and §2.1.9 Names.</summary>
public ref partial struct Utf8GraphQLReader
{
    /// <summary><c>...</c>, or the errors graphql-js reports for lone dots.</summary>
    private void ReadDots(int position)
    {
        ReadOnlySpan<byte> source = _source;
        int next = CodeAt(position + 1);
        if (next == '.' && CodeAt(position + 2) == '.')
        {
            Punctuator(TokenKind.Spread, position, 3);
            return;
        }

        if (next == '.')
        {
            throw SyntaxErrors.At(source, position, "Unexpected \"..\", did you mean \"...\"?");
        }

        if (IsDigit(next))
        {
            int end = ReadDigits(position + 1, next);
            string digits = System.Text.Encoding.UTF8.GetString(source.Slice(position + 1, end - position - 1).ToArray());
            throw SyntaxErrors.At(source, position, $"Invalid number, expected digit before \".\", did you mean \"0.{digits}\"?");
        }

        throw SyntaxErrors.UnexpectedCharacter(source, position);
    }

    /// <summary><c>Comment :: # CommentChar*</c></summary>
    private void ReadComment(int start)
    {
        ReadOnlySpan<byte> source = _source;
        BeginToken(start);
        int position = start + 1;
        while (position < source.Length)
        {
            byte code = source[position];
            if (code == (byte)'\n' || code == (byte)'\r')
            {
                break;
            }

            if (code < 0x80)
            {
                position++;
                continue;
            }

            // Like graphql-js, a comment ends before anything that is not a Unicode scalar value; the next
            // Read then reports it.
            int length = Utf8Text.Decode(source, position, out int codePoint);
            if (length == 0 || Utf8Text.IsSurrogate(codePoint))
            {
                break;
            }

            _utf16Adjust += length - (codePoint >= 0x10000 ? 2 : 1);
            position += length;
        }

        EndToken(TokenKind.Comment, position);
    }

    /// <summary><c>Name :: NameStart NameContinue* [lookahead != NameContinue]</c></summary>
    private void ReadName(int start)
    {
        ReadOnlySpan<byte> source = _source;
        int position = start + 1;
        while (position < source.Length && IsNameContinue(source[position]))
        {
            position++;
        }

        BeginToken(start);
        EndToken(TokenKind.Name, position);
    }

    private void Punctuator(TokenKind kind, int start, int length)
    {
        BeginToken(start);
        EndToken(kind, start + length);
    }
}
