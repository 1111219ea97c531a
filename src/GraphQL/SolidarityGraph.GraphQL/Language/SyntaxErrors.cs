using System.Runtime.CompilerServices;
using SolidarityGraph.GraphQL.Errors;

namespace SolidarityGraph.GraphQL.Language;

/// <summary>
/// Builds the parser's exceptions. Kept out of line so the lexer's hot paths stay small; messages follow
/// graphql-js 17.1.0 word for word (<c>Syntax Error: …</c>).
/// </summary>
internal static class SyntaxErrors
{
    /// <summary>A syntax error at byte <paramref name="position"/> of <paramref name="source"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static GraphQLSyntaxException At(ReadOnlySpan<byte> source, int position, string description) =>
        At(source, position, description, ErrorCodes.ParseFailed);

    /// <summary>A syntax error with a specific code at byte <paramref name="position"/> of <paramref name="source"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static GraphQLSyntaxException At(ReadOnlySpan<byte> source, int position, string description, string code)
    {
        var location = Utf8Text.GetLocation(source, position);
        return Create(location, description, code);
    }

    /// <summary>A syntax error at a known location.</summary>
    public static GraphQLSyntaxException Create(SourceLocation location, string description, string code)
    {
        string? specifiedBy = code == ErrorCodes.ParseFailed ? SpecLinks.Language : null;
        var error = GraphQLError.Create("Syntax Error: " + description, code, specifiedBy, location);
        return new GraphQLSyntaxException(error);
    }

    /// <summary>An unexpected character (outside strings), or an undecodable byte.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static GraphQLSyntaxException UnexpectedCharacter(ReadOnlySpan<byte> source, int position)
    {
        if (source[position] == (byte)'\'')
        {
            return At(source, position, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
        }

        if (Utf8Text.Decode(source, position, out int codePoint) == 0)
        {
            return InvalidUtf8(source, position);
        }

        return Utf8Text.IsSurrogate(codePoint)
            ? At(source, position, $"Invalid character: {Utf8Text.PrintCodePointAt(source, position)}.")
            : At(source, position, $"Unexpected character: {Utf8Text.PrintCodePointAt(source, position)}.");
    }

    /// <summary>A character that may not appear inside a string (an encoded surrogate), or an undecodable byte.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static GraphQLSyntaxException InvalidCharacterWithinString(ReadOnlySpan<byte> source, int position) =>
        Utf8Text.Decode(source, position, out _) == 0
            ? InvalidUtf8(source, position)
            : At(source, position, $"Invalid character within String: {Utf8Text.PrintCodePointAt(source, position)}.");

    /// <summary>Bytes that are not UTF-8.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static GraphQLSyntaxException InvalidUtf8(ReadOnlySpan<byte> source, int position) =>
        At(source, position, $"Invalid UTF-8 sequence starting with byte 0x{source[position]:X2}.");
}
