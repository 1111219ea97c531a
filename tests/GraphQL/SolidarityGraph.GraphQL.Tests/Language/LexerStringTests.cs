using SolidarityGraph.GraphQL.Language;
using static SolidarityGraph.GraphQL.Tests.Language.SyntaxAssert;

namespace SolidarityGraph.GraphQL.Tests.Language;

/// <summary>Spec §2.9.4 String Value: quoted strings, escapes and block strings (graphql-js lexer-test).</summary>
public sealed class LexerStringTests
{
    [Theory]
    [InlineData("\"\"", 2, "")]
    [InlineData("\"simple\"", 8, "simple")]
    [InlineData("\" white space \"", 15, " white space ")]
    [InlineData("\"quote \\\"\"", 10, "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\"", 20, "escaped \n\r\b\t\f")]
    [InlineData("\"slashes \\\\ \\/\"", 15, "slashes \\ /")]
    [InlineData("\"unescaped unicode outside BMP \U0001F600\"", 34, "unescaped unicode outside BMP \U0001F600")]
    [InlineData("\"unescaped maximal unicode outside BMP \U0010FFFF\"", 42, "unescaped maximal unicode outside BMP \U0010FFFF")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", 34, "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"unicode \\u{1234}\\u{5678}\\u{90AB}\\u{CDEF}\"", 42, "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"string with unicode escape outside BMP \\u{1F600}\"", 50, "string with unicode escape outside BMP \U0001F600")]
    [InlineData("\"string with minimal unicode escape \\u{0}\"", 42, "string with minimal unicode escape \0")]
    [InlineData("\"string with maximal unicode escape \\u{10FFFF}\"", 47, "string with maximal unicode escape \U0010FFFF")]
    [InlineData("\"string with maximal minimal unicode escape \\u{00000000}\"", 57, "string with maximal minimal unicode escape \0")]
    [InlineData("\"string with unicode surrogate pair escape \\uD83D\\uDE00\"", 56, "string with unicode surrogate pair escape \U0001F600")]
    [InlineData("\"string with minimal surrogate pair escape \\uD800\\uDC00\"", 56, "string with minimal surrogate pair escape \U00010000")]
    [InlineData("\"string with maximal surrogate pair escape \\uDBFF\\uDFFF\"", 56, "string with maximal surrogate pair escape \U0010FFFF")]
    [InlineData("\"control \u0007 character\"", 21, "control \u0007 character")]
    public void LexesStrings(string source, int end, string value) =>
        Assert.Equal(new Token(TokenKind.String, 0, end, 1, 1, value), LexOne(source));

    [Theory]
    [InlineData("\"", "Syntax Error: Unterminated string.", 1, 2)]
    [InlineData("\"\"\"", "Syntax Error: Unterminated string.", 1, 4)]
    [InlineData("\"\"\"\"", "Syntax Error: Unterminated string.", 1, 5)]
    [InlineData("\"no end quote", "Syntax Error: Unterminated string.", 1, 14)]
    [InlineData("\"multi\nline\"", "Syntax Error: Unterminated string.", 1, 7)]
    [InlineData("\"multi\rline\"", "Syntax Error: Unterminated string.", 1, 7)]
    [InlineData("\"bad \\z esc\"", "Syntax Error: Invalid character escape sequence: \"\\z\".", 1, 6)]
    [InlineData("\"bad \\x esc\"", "Syntax Error: Invalid character escape sequence: \"\\x\".", 1, 6)]
    [InlineData("\"bad \\u1 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u1 es\".", 1, 6)]
    [InlineData("\"bad \\u0XX1 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u0XX1\".", 1, 6)]
    [InlineData("\"bad \\uXXXX esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uXXXX\".", 1, 6)]
    [InlineData("\"bad \\uFXXX esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uFXXX\".", 1, 6)]
    [InlineData("\"bad \\uXXXF esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uXXXF\".", 1, 6)]
    [InlineData("\"bad \\u{} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 1, 6)]
    [InlineData("\"bad \\u{FXXX} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FX\".", 1, 6)]
    [InlineData("\"bad \\u{FFFF esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FFFF \".", 1, 6)]
    [InlineData("\"bad \\u{FFFF\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FFFF\"\".", 1, 6)]
    [InlineData("\"too high \\u{110000} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 11)]
    [InlineData("\"way too high \\u{12345678} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{12345678}\".", 1, 15)]
    [InlineData("\"too long \\u{000000000} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{000000000\".", 1, 11)]
    [InlineData("\"bad surrogate \\uDEAD esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uDEAD\".", 1, 16)]
    [InlineData("\"bad surrogate \\u{DEAD} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{DEAD}\".", 1, 16)]
    [InlineData("\"cannot use braces for surrogate pair \\u{D83D}\\u{DE00} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{D83D}\".", 1, 39)]
    [InlineData("\"bad high surrogate pair \\uDEAD\\uDEAD esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uDEAD\".", 1, 26)]
    [InlineData("\"bad low surrogate pair \\uD800\\uD800 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".", 1, 25)]
    [InlineData("\"bad \\uD83D\\not an escape\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 6)]
    [InlineData("\"é \\u{é}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{é\".", 1, 4)]
    public void ReportsUsefulStringErrors(string source, string message, int line, int column) =>
        LexFails(source, message, line, column);

    [Fact]
    public void EscapeErrorQuotesHalfASurrogatePairLikeJavaScript()
    {
        // graphql-js slices UTF-16 code units, so an emoji after a backslash contributes only its high surrogate.
        var error = LexError("\"\\\U0001F600\"");
        Assert.Equal("Syntax Error: Invalid character escape sequence: \"\\\uD83D\".", error.Message);
    }

    // Lone surrogates cannot travel through attribute arguments (metadata stores them as UTF-8), so these cases
    // live in code.
    [Fact]
    public void ReportsInvalidSurrogatesWithinStrings()
    {
        (string Source, string Message, int Line, int Column)[] cases =
        [
            ("\"bad surrogate \uDEAD\"", "Syntax Error: Invalid character within String: U+DEAD.", 1, 16),
            ("\"bad high surrogate pair \uDEAD\uDEAD\"", "Syntax Error: Invalid character within String: U+DEAD.", 1, 26),
            ("\"bad low surrogate pair \uD800\uD800\"", "Syntax Error: Invalid character within String: U+D800.", 1, 25),
            ("\"cannot escape half a pair \uD83D\\uDE00 esc\"", "Syntax Error: Invalid character within String: U+D83D.", 1, 28),
            ("\"cannot escape half a pair \\uD83D\uDE00 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 28),
            ("\"\"\"contains invalid surrogate \uDEAD\"\"\"", "Syntax Error: Invalid character within String: U+DEAD.", 1, 31),
            ("\"\"\"a\n  b\n  \uDEAD\"\"\"", "Syntax Error: Invalid character within String: U+DEAD.", 3, 3),
        ];
        foreach (var (source, message, line, column) in cases)
        {
            LexFails(source, message, line, column);
        }
    }

    [Theory]
    [InlineData("\"\"\"\"\"\"", 6, "")]
    [InlineData("\"\"\"simple\"\"\"", 12, "simple")]
    [InlineData("\"\"\" white space \"\"\"", 19, " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", 22, "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", 32, "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", 16, "multi\nline")]
    [InlineData("\"\"\"multi\rline\r\nnormalized\"\"\"", 28, "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", 32, "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"unescaped unicode outside BMP \U0001F600\"\"\"", 38, "unescaped unicode outside BMP \U0001F600")]
    [InlineData("\"\"\"slashes \\\\ \\/\"\"\"", 19, "slashes \\\\ \\/")]
    [InlineData("\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \"\"\"", 68, "spans\n  multiple\n    lines")]
    public void LexesBlockStrings(string source, int end, string value) =>
        Assert.Equal(new Token(TokenKind.BlockString, 0, end, 1, 1, value), LexOne(source));

    [Theory]
    [InlineData("\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \n \"\"\" second_token", 71, 83, 8, 6)]
    [InlineData("\"\"\" \nspans \r\nmultiple \n\rlines \n\n\"\"\"\n second_token", 37, 49, 8, 2)]
    public void AdvancesLineAfterLexingMultilineBlockString(string source, int start, int end, int line, int column) =>
        Assert.Equal(new Token(TokenKind.Name, start, end, line, column, "second_token"), LexSecond(source));

    [Theory]
    [InlineData("\"\"\"", "Syntax Error: Unterminated string.", 1, 4)]
    [InlineData("\"\"\"no end quote", "Syntax Error: Unterminated string.", 1, 16)]
    public void ReportsUsefulBlockStringErrors(string source, string message, int line, int column) =>
        LexFails(source, message, line, column);

    [Theory]
    [InlineData("", "")]
    [InlineData("\n\n  \n", "")]
    [InlineData("  first\n    second\n  third", "  first\n  second\nthird")]
    [InlineData("\n  a\n\n    b\n  \n", "a\n\n  b")]
    [InlineData("\t\ta\n\t\t\tb", "\t\ta\nb")]
    [InlineData("x\n  \n", "x")]
    [InlineData("\n   \\\"\"\"\n  y", " \"\"\"\ny")]
    public void DedentsBlockStringValues(string raw, string expected) =>
        Assert.Equal(expected, LexOne("\"\"\"" + raw + "\"\"\"").Value);
}
