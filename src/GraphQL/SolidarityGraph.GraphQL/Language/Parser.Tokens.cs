using System.Runtime.CompilerServices;
using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Language;

/// <summary>Token handling shared by all productions: advancing, expecting, locations, limits.</summary>
public ref partial struct Parser
{
    /// <summary>Where a node starts: captured from its first token.</summary>
    private readonly struct Mark
    {
        public Mark(int start, int line, int column)
        {
            Start = start;
            Line = line;
            Column = column;
        }

        public int Start { get; }

        public int Line { get; }

        public int Column { get; }
    }

    private readonly Mark Begin() => new(_reader.Utf16Start, _reader.Line, _reader.Column);

    /// <summary>The location from <paramref name="start"/> to the end of the last consumed token (graphql-js <c>node()</c>).</summary>
    private readonly Location? Loc(Mark start) =>
        _noLocation ? null : new Location(start.Start, _lastTokenEnd, start.Line, start.Column);

    private readonly bool Peek(TokenKind kind) => _reader.Kind == kind;

    private readonly bool PeekKeyword(ReadOnlySpan<byte> keyword) =>
        _reader.Kind == TokenKind.Name && _reader.ValueTextEquals(keyword);

    /// <summary>Moves to the next non-comment token, enforcing <see cref="ParserOptions.MaxTokens"/>.</summary>
    private void Advance()
    {
        _lastTokenEnd = _reader.Utf16End;
        do
        {
            _reader.Read();
        }
        while (_reader.Kind == TokenKind.Comment);

        if (_reader.Kind != TokenKind.EndOfFile && ++_tokenCount > _maxTokens)
        {
            throw SyntaxErrors.At(_reader.Source, _reader.Start, $"Document contains more than {_maxTokens} tokens. Parsing aborted.", ErrorCodes.MaxTokens);
        }
    }

    /// <summary>The token after the current one, without consuming anything (graphql-js <c>lexer.lookahead()</c>).</summary>
    private readonly Utf8GraphQLReader Lookahead()
    {
        Utf8GraphQLReader copy = _reader;
        if (copy.Kind != TokenKind.EndOfFile)
        {
            do
            {
                copy.Read();
            }
            while (copy.Kind == TokenKind.Comment);
        }

        return copy;
    }

    private void ExpectToken(TokenKind kind)
    {
        if (_reader.Kind != kind)
        {
            throw Error(_reader.Start, $"Expected {TokenKinds.GetDescription(kind)}, found {Describe(in _reader)}.");
        }

        Advance();
    }

    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (_reader.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!PeekKeyword(keyword))
        {
            throw Error(_reader.Start, $"Expected \"{Utf8GraphQLReader.Utf8ToString(keyword)}\", found {Describe(in _reader)}.");
        }

        Advance();
    }

    private bool ExpectOptionalKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!PeekKeyword(keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    /// <summary><c>Unexpected &lt;token&gt;.</c> at the current token.</summary>
    private readonly GraphQLSyntaxException Unexpected() => Unexpected(in _reader);

    /// <summary><c>Unexpected &lt;token&gt;.</c> at <paramref name="token"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static GraphQLSyntaxException Unexpected(in Utf8GraphQLReader token) =>
        SyntaxErrors.At(token.Source, token.Start, $"Unexpected {Describe(in token)}.");

    private readonly GraphQLSyntaxException Error(int position, string description) =>
        SyntaxErrors.At(_reader.Source, position, description);

    /// <summary>graphql-js <c>getTokenDesc</c>: the kind, then the value in quotes for tokens that have one.</summary>
    private static string Describe(in Utf8GraphQLReader token) => token.Kind switch
    {
        TokenKind.Name or TokenKind.Int or TokenKind.Float or TokenKind.String or TokenKind.BlockString =>
            $"{TokenKinds.GetDescription(token.Kind)} \"{token.GetString()}\"",
        _ => TokenKinds.GetDescription(token.Kind),
    };

    /// <summary>Whether the current token's value (graphql-js <c>token.value</c>) equals <paramref name="value"/>.</summary>
    private readonly bool TokenValueIs(string value) => _reader.Kind switch
    {
        TokenKind.Name => AsciiEquals(_reader.ValueSpan, value),
        TokenKind.String or TokenKind.BlockString => _reader.GetString() == value,
        _ => false,
    };

    /// <summary>Enters one nesting level; fails with <see cref="ErrorCodes.MaxDepth"/> before the stack can overflow.</summary>
    private void EnterNesting()
    {
        if (++_depth > _options.MaxDepth || !HasSufficientStack())
        {
            throw SyntaxErrors.At(
                _reader.Source,
                _reader.Start,
                $"Document exceeds the maximum nesting depth of {_options.MaxDepth}. Parsing aborted.",
                ErrorCodes.MaxDepth);
        }
    }

    private void ExitNesting() => _depth--;

    private static bool HasSufficientStack()
    {
#if NET
        return RuntimeHelpers.TryEnsureSufficientExecutionStack();
#else
        try
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            return true;
        }
        catch (InsufficientExecutionStackException)
        {
            return false;
        }
#endif
    }

    private static bool AsciiEquals(ReadOnlySpan<byte> utf8, string ascii)
    {
        if (utf8.Length != ascii.Length)
        {
            return false;
        }

        for (int i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] != ascii[i])
            {
                return false;
            }
        }

        return true;
    }
}
