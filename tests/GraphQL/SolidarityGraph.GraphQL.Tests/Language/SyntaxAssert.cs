using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;

namespace SolidarityGraph.GraphQL.Tests.Language;

/// <summary>A lexed token, copied out of the reader (offsets in UTF-16 code units, like graphql-js).</summary>
internal sealed record Token(TokenKind Kind, int Start, int End, int Line, int Column, string? Value);

/// <summary>Shared assertions for lexer and parser tests: the message, location and code of syntax errors.</summary>
internal static class SyntaxAssert
{
    /// <summary>Encodes like the string entry points do (lone surrogates kept), so lexer tests see the same bytes.</summary>
    public static byte[] Utf8(string source)
    {
        using var encoded = Utf8Source.Encode(source, ParserOptions.Trusted);
        return encoded.Span.ToArray();
    }

    /// <summary>graphql-js <c>lexOne</c>: the first token after start of file.</summary>
    public static Token LexOne(string source) => Lex(source, 1);

    /// <summary>graphql-js <c>lexSecond</c>: the second non-comment token.</summary>
    public static Token LexSecond(string source) => Lex(source, 2);

    /// <summary>Every token including comments, up to and including end of file.</summary>
    public static List<Token> LexAll(string source)
    {
        var reader = new Utf8GraphQLReader(Utf8(source));
        var tokens = new List<Token>();
        while (reader.Read())
        {
            tokens.Add(Snapshot(ref reader));
        }

        tokens.Add(Snapshot(ref reader));
        return tokens;
    }

    /// <summary>The comment token just before the first real token (graphql-js <c>lexOne(...).prev</c>).</summary>
    public static Token LexLeadingComment(string source)
    {
        var reader = new Utf8GraphQLReader(Utf8(source));
        reader.Read();
        Assert.Equal(TokenKind.Comment, reader.Kind);
        return Snapshot(ref reader);
    }

    public static GraphQLSyntaxException LexError(string source, int tokensBefore = 1) =>
        Assert.Throws<GraphQLSyntaxException>(() => Lex(source, tokensBefore + 1));

    /// <summary>Asserts that lexing the second token fails like graphql-js's <c>expectSyntaxError</c> in lexer-test.</summary>
    public static void LexFails(string source, string message, int line, int column) =>
        AssertError(LexError(source), message, line, column, ErrorCodes.ParseFailed);

    /// <summary>Asserts that <see cref="Parser.Parse(string, ParserOptions?)"/> fails with this message and location.</summary>
    public static GraphQLSyntaxException ParseFails(string source, string message, int line, int column, ParserOptions? options = null)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source, options));
        AssertError(error, message, line, column, ErrorCodes.ParseFailed);
        return error;
    }

    public static void AssertError(GraphQLSyntaxException error, string message, int line, int column, string code)
    {
        Assert.Equal(message, error.Message);
        Assert.Equal(message, error.Error.Message);
        Assert.Equal(new SourceLocation(line, column), Assert.Single(error.Error.Locations));
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Equal(code, error.Code);
        Assert.Equal(code, error.Error.Extensions[GraphQLError.CodeKey]);
    }

    private static Token Lex(string source, int count)
    {
        var reader = new Utf8GraphQLReader(Utf8(source));
        for (int i = 0; i < count; i++)
        {
            do
            {
                reader.Read();
            }
            while (reader.Kind == TokenKind.Comment);
        }

        return Snapshot(ref reader);
    }

    private static Token Snapshot(ref Utf8GraphQLReader reader)
    {
        string? value = reader.Kind is TokenKind.Name or TokenKind.Int or TokenKind.Float or TokenKind.String
            or TokenKind.BlockString or TokenKind.Comment
            ? reader.GetString()
            : null;
        return new Token(reader.Kind, reader.Utf16Start, reader.Utf16End, reader.Line, reader.Column, value);
    }
}
