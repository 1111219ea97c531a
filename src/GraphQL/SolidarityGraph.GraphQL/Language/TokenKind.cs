namespace SolidarityGraph.GraphQL.Language;

/// <summary>
/// The lexical tokens of GraphQL (spec §2.1.6 Lexical Tokens), as graphql-js 17.1.0's lexer emits them.
/// <see cref="Dot"/> only appears when reading schema coordinates.
/// </summary>
public enum TokenKind : byte
{
    /// <summary>Before the first token.</summary>
    StartOfFile,
    /// <summary>After the last token.</summary>
    EndOfFile,
    /// <summary><c>!</c></summary>
    Bang,
    /// <summary><c>$</c></summary>
    Dollar,
    /// <summary><c>&amp;</c></summary>
    Amp,
    /// <summary><c>(</c></summary>
    ParenL,
    /// <summary><c>)</c></summary>
    ParenR,
    /// <summary><c>.</c> (schema coordinates only)</summary>
    Dot,
    /// <summary><c>...</c></summary>
    Spread,
    /// <summary><c>:</c></summary>
    Colon,
    /// <summary><c>=</c></summary>
    Equal,
    /// <summary><c>@</c></summary>
    At,
    /// <summary><c>[</c></summary>
    BracketL,
    /// <summary><c>]</c></summary>
    BracketR,
    /// <summary><c>{</c></summary>
    BraceL,
    /// <summary><c>|</c></summary>
    Pipe,
    /// <summary><c>}</c></summary>
    BraceR,
    /// <summary>A name (spec §2.1.9).</summary>
    Name,
    /// <summary>An integer literal (spec §2.9.1).</summary>
    Int,
    /// <summary>A float literal (spec §2.9.2).</summary>
    Float,
    /// <summary>A quoted string literal (spec §2.9.4).</summary>
    String,
    /// <summary>A block string literal (spec §2.9.4).</summary>
    BlockString,
    /// <summary>A comment (spec §2.1.4); the parser skips these.</summary>
    Comment,
}

/// <summary>Descriptions of token kinds as they appear in syntax error messages.</summary>
public static class TokenKinds
{
    /// <summary>
    /// The text graphql-js uses for a token kind in messages: punctuators quoted (<c>"{"</c>), others by name
    /// (<c>Name</c>, <c>&lt;EOF&gt;</c>).
    /// </summary>
    public static string GetDescription(TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Amp => "\"&\"",
        TokenKind.ParenL => "\"(\"",
        TokenKind.ParenR => "\")\"",
        TokenKind.Dot => "\".\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equal => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.BracketL => "\"[\"",
        TokenKind.BracketR => "\"]\"",
        TokenKind.BraceL => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.BraceR => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        TokenKind.Comment => "Comment",
        _ => kind.ToString(),
    };
}
