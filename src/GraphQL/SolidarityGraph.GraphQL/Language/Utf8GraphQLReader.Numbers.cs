namespace SolidarityGraph.GraphQL.Language;

/// <summary>Int and Float literals (spec §2.9.1 Int Value, §2.9.2 Float Value).</summary>
public ref partial struct Utf8GraphQLReader
{
    /// <summary>
    /// <c>IntValue :: IntegerPart [lookahead != {Digit, ., NameStart}]</c> and
    /// <c>FloatValue :: IntegerPart FractionalPart ExponentPart? | IntegerPart ExponentPart [lookahead != {Digit, ., NameStart}]</c>.
    /// </summary>
    private void ReadNumber(int start, int firstCode)
    {
        ReadOnlySpan<byte> source = _source;
        int position = start;
        int code = firstCode;
        bool isFloat = false;

        if (code == '-')
        {
            code = CodeAt(++position);
        }

        if (code == '0')
        {
            code = CodeAt(++position);
            if (IsDigit(code))
            {
                throw SyntaxErrors.At(source, position, $"Invalid number, unexpected digit after 0: {Utf8Text.PrintCodePointAt(source, position)}.");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = CodeAt(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = CodeAt(++position);
            position = ReadDigits(position, code);
            code = CodeAt(position);
        }

        if (code == 'E' || code == 'e')
        {
            isFloat = true;
            code = CodeAt(++position);
            if (code == '+' || code == '-')
            {
                code = CodeAt(++position);
            }

            position = ReadDigits(position, code);
            code = CodeAt(position);
        }

        if (code == '.' || IsNameStart(code))
        {
            throw SyntaxErrors.At(source, position, $"Invalid number, expected digit but got: {Utf8Text.PrintCodePointAt(source, position)}.");
        }

        BeginToken(start);
        EndToken(isFloat ? TokenKind.Float : TokenKind.Int, position);
    }

    /// <summary>Reads <c>Digit+</c> starting at <paramref name="start"/>; returns the position after the last digit.</summary>
    private readonly int ReadDigits(int start, int firstCode)
    {
        if (!IsDigit(firstCode))
        {
            throw SyntaxErrors.At(_source, start, $"Invalid number, expected digit but got: {Utf8Text.PrintCodePointAt(_source, start)}.");
        }

        int position = start + 1;
        while (position < _source.Length && IsDigit(_source[position]))
        {
            position++;
        }

        return position;
    }
}
