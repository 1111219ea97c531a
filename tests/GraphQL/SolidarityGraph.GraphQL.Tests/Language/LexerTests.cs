using System.Text;
using SolidarityGraph.GraphQL.Language;
using static SolidarityGraph.GraphQL.Tests.Language.SyntaxAssert;

namespace SolidarityGraph.GraphQL.Tests.Language;

/// <summary>Spec §2.1 Source Text: ignored tokens, punctuators, names, comments and positions (graphql-js lexer-test).</summary>
public sealed class LexerTests
{
    [Fact]
    public void IgnoresBomHeader() =>
        Assert.Equal(new Token(TokenKind.Name, 2, 5, 1, 3, "foo"), LexOne("\uFEFF foo"));

    [Theory]
    [InlineData("foo", 0, 3, 1, 1)]
    [InlineData("\nfoo", 1, 4, 2, 1)]
    [InlineData("\rfoo", 1, 4, 2, 1)]
    [InlineData("\r\nfoo", 2, 5, 2, 1)]
    [InlineData("\n\rfoo", 2, 5, 3, 1)]
    [InlineData("\r\r\n\nfoo", 4, 7, 4, 1)]
    [InlineData("\n\n\r\rfoo", 4, 7, 5, 1)]
    public void TracksLineBreaks(string source, int start, int end, int line, int column) =>
        Assert.Equal(new Token(TokenKind.Name, start, end, line, column, "foo"), LexOne(source));

    [Fact]
    public void RecordsLineAndColumn() =>
        Assert.Equal(new Token(TokenKind.Name, 8, 11, 4, 3, "foo"), LexOne("\n \r\n \r  foo\n"));

    [Theory]
    [InlineData("\n\n    foo\n\n\n", 6, 9)]
    [InlineData("\t\tfoo\t\t", 2, 5)]
    [InlineData("\n    #comment\n    foo#comment\n", 18, 21)]
    [InlineData(",,,foo,,,", 3, 6)]
    public void SkipsWhitespaceAndComments(string source, int start, int end)
    {
        Token token = LexOne(source);
        Assert.Equal((TokenKind.Name, start, end, "foo"), (token.Kind, token.Start, token.End, token.Value));
    }

    [Fact]
    public void ErrorsRespectWhitespace()
    {
        var error = Assert.Throws<Errors.GraphQLSyntaxException>(() => LexOne("\n\n ~\n"));
        AssertError(error, "Syntax Error: Unexpected character: \"~\".", 3, 2, Errors.ErrorCodes.ParseFailed);
    }

    [Theory]
    [InlineData("!", TokenKind.Bang, 1)]
    [InlineData("$", TokenKind.Dollar, 1)]
    [InlineData("&", TokenKind.Amp, 1)]
    [InlineData("(", TokenKind.ParenL, 1)]
    [InlineData(")", TokenKind.ParenR, 1)]
    [InlineData("...", TokenKind.Spread, 3)]
    [InlineData(":", TokenKind.Colon, 1)]
    [InlineData("=", TokenKind.Equal, 1)]
    [InlineData("@", TokenKind.At, 1)]
    [InlineData("[", TokenKind.BracketL, 1)]
    [InlineData("]", TokenKind.BracketR, 1)]
    [InlineData("{", TokenKind.BraceL, 1)]
    [InlineData("|", TokenKind.Pipe, 1)]
    [InlineData("}", TokenKind.BraceR, 1)]
    public void LexesPunctuation(string source, TokenKind kind, int length) =>
        Assert.Equal(new Token(kind, 0, length, 1, 1, null), LexOne(source));

    [Theory]
    [InlineData("..", "Syntax Error: Unexpected \"..\", did you mean \"...\"?")]
    [InlineData("?", "Syntax Error: Unexpected character: \"?\".")]
    [InlineData(".", "Syntax Error: Unexpected character: \".\".")]
    [InlineData("~", "Syntax Error: Unexpected character: \"~\".")]
    [InlineData("\x00", "Syntax Error: Unexpected character: U+0000.")]
    [InlineData("\b", "Syntax Error: Unexpected character: U+0008.")]
    [InlineData("\u00AA", "Syntax Error: Unexpected character: U+00AA.")]
    [InlineData("\u0AAA", "Syntax Error: Unexpected character: U+0AAA.")]
    [InlineData("\u203B", "Syntax Error: Unexpected character: U+203B.")]
    [InlineData("\uD83D\uDE00", "Syntax Error: Unexpected character: U+1F600.")]
    [InlineData("\uD800\uDC00", "Syntax Error: Unexpected character: U+10000.")]
    [InlineData("\uDBFF\uDFFF", "Syntax Error: Unexpected character: U+10FFFF.")]
    [InlineData("'single quotes'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?")]
    public void ReportsUsefulUnknownCharacterErrors(string source, string message) => LexFails(source, message, 1, 1);

    [Fact]
    public void ReportsUsefulInformationForDashesInNames()
    {
        Assert.Equal(new Token(TokenKind.Name, 0, 1, 1, 1, "a"), LexOne("a-b"));
        LexFails("a-b", "Syntax Error: Invalid number, expected digit but got: \"b\".", 1, 3);
    }

    [Fact]
    public void ReadsCommentsAsTokens()
    {
        var kinds = LexAll("\n  {\n    #comment\n    field\n  }\n").Select(token => token.Kind);
        Assert.Equal(
            [TokenKind.BraceL, TokenKind.Comment, TokenKind.Name, TokenKind.BraceR, TokenKind.EndOfFile],
            kinds);
    }

    [Theory]
    [InlineData("# Comment", 0, 9, " Comment")]
    [InlineData("# Comment\nAnother line", 0, 9, " Comment")]
    [InlineData("# Comment\r\nAnother line", 0, 9, " Comment")]
    [InlineData("# Comment \U0001F600", 0, 12, " Comment \U0001F600")]
    public void LexesComments(string source, int start, int end, string value)
    {
        Token comment = LexLeadingComment(source);
        Assert.Equal((TokenKind.Comment, start, end, value), (comment.Kind, comment.Start, comment.End, comment.Value));
    }

    [Fact]
    public void ReportsLoneSurrogatesAsInvalidCharacters()
    {
        // Built in code: attribute arguments cannot carry lone surrogates.
        LexFails("\uDEAD", "Syntax Error: Invalid character: U+DEAD.", 1, 1);
        LexFails("# Invalid surrogate \uDEAD", "Syntax Error: Invalid character: U+DEAD.", 1, 21);
    }

    [Fact]
    public void ColumnsCountUtf16CodeUnitsLikeGraphQLJs()
    {
        // "é" is two UTF-8 bytes but one UTF-16 unit; the emoji is four bytes but two units.
        Token token = LexSecond("\"é\U0001F600\" name");
        Assert.Equal(new Token(TokenKind.Name, 6, 10, 1, 7, "name"), token);

        var reader = new Utf8GraphQLReader(Encoding.UTF8.GetBytes("\"é\U0001F600\" name"));
        reader.Read();
        reader.Read();
        Assert.Equal((9, 13), (reader.Start, reader.End));
    }

    [Fact]
    public void ByteOrderMarkCountsAsOneColumn() =>
        Assert.Equal(new Token(TokenKind.Name, 1, 2, 1, 2, "a"), LexOne("\uFEFFa"));

    [Fact]
    public void ExposesRawAndValueSpansWithoutDecoding()
    {
        var reader = new Utf8GraphQLReader(Encoding.UTF8.GetBytes("\"a\\nb\" \"\"\" x \"\"\" #c"));
        reader.Read();
        Assert.True(reader.HasEscapes);
        Assert.Equal("\"a\\nb\"", Encoding.UTF8.GetString(reader.GetRawSpan().ToArray()));
        Assert.Equal("a\\nb", Encoding.UTF8.GetString(reader.ValueSpan.ToArray()));
        Assert.Equal("a\nb", reader.GetString());
        reader.Read();
        Assert.Equal(" x ", Encoding.UTF8.GetString(reader.ValueSpan.ToArray()));
        reader.Read();
        Assert.Equal("c", Encoding.UTF8.GetString(reader.ValueSpan.ToArray()));
        Assert.True(reader.ValueTextEquals("c"u8));
    }

    [Fact]
    public void ReadReturnsFalseAtEndOfFileAndStaysThere()
    {
        var reader = new Utf8GraphQLReader(Encoding.UTF8.GetBytes(" a "));
        Assert.Equal(TokenKind.StartOfFile, reader.Kind);
        Assert.True(reader.Read());
        Assert.False(reader.Read());
        Assert.Equal((TokenKind.EndOfFile, 3, 3, 1, 4), (reader.Kind, reader.Start, reader.End, reader.Line, reader.Column));
        Assert.False(reader.Read());
        Assert.Equal(TokenKind.EndOfFile, reader.Kind);
    }

    [Fact]
    public void PunctuatorsHaveNoValue()
    {
        var reader = new Utf8GraphQLReader("{"u8);
        reader.Read();
        try
        {
            reader.GetString();
            Assert.Fail("GetString on a punctuator should throw.");
        }
        catch (InvalidOperationException)
        {
        }
    }

    [Theory]
    [InlineData(new byte[] { 0xFF }, "Syntax Error: Invalid UTF-8 sequence starting with byte 0xFF.", 1, 1)]
    [InlineData(new byte[] { (byte)'{', (byte)' ', 0xC3, 0x28 }, "Syntax Error: Invalid UTF-8 sequence starting with byte 0xC3.", 1, 3)]
    [InlineData(new byte[] { (byte)'"', 0xE2, 0x82, (byte)'"' }, "Syntax Error: Invalid UTF-8 sequence starting with byte 0xE2.", 1, 2)]
    [InlineData(new byte[] { (byte)'#', 0xF0, 0x9F, 0x98 }, "Syntax Error: Invalid UTF-8 sequence starting with byte 0xF0.", 1, 2)]
    [InlineData(new byte[] { 0xC0, 0xAF }, "Syntax Error: Invalid UTF-8 sequence starting with byte 0xC0.", 1, 1)]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, "Syntax Error: Invalid character: U+D800.", 1, 1)]
    public void RejectsInvalidUtf8(byte[] utf8, string message, int line, int column)
    {
        var error = Assert.Throws<Errors.GraphQLSyntaxException>(() => Parser.Parse(utf8));
        AssertError(error, message, line, column, Errors.ErrorCodes.ParseFailed);
    }
}
