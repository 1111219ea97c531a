using SolidarityGraph.GraphQL.Language;
using static SolidarityGraph.GraphQL.Tests.Language.SyntaxAssert;

namespace SolidarityGraph.GraphQL.Tests.Language;

/// <summary>Spec §2.9.1 Int Value and §2.9.2 Float Value, lookahead restrictions included (graphql-js lexer-test).</summary>
public sealed class LexerNumberTests
{
    [Theory]
    [InlineData("4", TokenKind.Int)]
    [InlineData("4.123", TokenKind.Float)]
    [InlineData("-4", TokenKind.Int)]
    [InlineData("9", TokenKind.Int)]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-0", TokenKind.Int)]
    [InlineData("-4.123", TokenKind.Float)]
    [InlineData("0.123", TokenKind.Float)]
    [InlineData("123e4", TokenKind.Float)]
    [InlineData("123E4", TokenKind.Float)]
    [InlineData("123e-4", TokenKind.Float)]
    [InlineData("123e+4", TokenKind.Float)]
    [InlineData("-1.123e4", TokenKind.Float)]
    [InlineData("-1.123E4", TokenKind.Float)]
    [InlineData("-1.123e-4", TokenKind.Float)]
    [InlineData("-1.123e+4", TokenKind.Float)]
    [InlineData("-1.123e4567", TokenKind.Float)]
    [InlineData("12345678901234567890123456789", TokenKind.Int)]
    public void LexesNumbers(string source, TokenKind kind) =>
        Assert.Equal(new Token(kind, 0, source.Length, 1, 1, source), LexOne(source));

    [Theory]
    [InlineData("00", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 2)]
    [InlineData("01", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 2)]
    [InlineData("01.23", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 2)]
    [InlineData("-01", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 3)]
    [InlineData("+1", "Syntax Error: Unexpected character: \"+\".", 1)]
    [InlineData("1.", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1E", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1.e1", "Syntax Error: Invalid number, expected digit but got: \"e\".", 3)]
    [InlineData(".123", "Syntax Error: Invalid number, expected digit before \".\", did you mean \"0.123\"?", 1)]
    [InlineData("1.A", "Syntax Error: Invalid number, expected digit but got: \"A\".", 3)]
    [InlineData("-A", "Syntax Error: Invalid number, expected digit but got: \"A\".", 2)]
    [InlineData("-", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 2)]
    [InlineData("1.0e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 5)]
    [InlineData("1.0eA", "Syntax Error: Invalid number, expected digit but got: \"A\".", 5)]
    [InlineData("1.0e\"", "Syntax Error: Invalid number, expected digit but got: '\"'.", 5)]
    [InlineData("1.2e3e", "Syntax Error: Invalid number, expected digit but got: \"e\".", 6)]
    [InlineData("1.2e3.4", "Syntax Error: Invalid number, expected digit but got: \".\".", 6)]
    [InlineData("1.23.4", "Syntax Error: Invalid number, expected digit but got: \".\".", 5)]
    [InlineData("1.\u00E9", "Syntax Error: Invalid number, expected digit but got: U+00E9.", 3)]
    public void ReportsUsefulNumberErrors(string source, string message, int column) =>
        LexFails(source, message, 1, column);

    [Theory]
    [InlineData("0xF1", "Syntax Error: Invalid number, expected digit but got: \"x\".", 2)]
    [InlineData("0b10", "Syntax Error: Invalid number, expected digit but got: \"b\".", 2)]
    [InlineData("123abc", "Syntax Error: Invalid number, expected digit but got: \"a\".", 4)]
    [InlineData("1_234", "Syntax Error: Invalid number, expected digit but got: \"_\".", 2)]
    [InlineData("1\u00DF", "Syntax Error: Unexpected character: U+00DF.", 2)]
    [InlineData("1.23f", "Syntax Error: Invalid number, expected digit but got: \"f\".", 5)]
    [InlineData("1.234_5", "Syntax Error: Invalid number, expected digit but got: \"_\".", 6)]
    public void DoesNotAllowNameStartAfterANumber(string source, string message, int column) =>
        LexFails(source, message, 1, column);
}
