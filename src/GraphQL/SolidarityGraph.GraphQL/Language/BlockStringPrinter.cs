namespace SolidarityGraph.GraphQL.Language;

/// <summary>
/// Prints a string value as a GraphQL block string (spec §2.9.4, <c>"""…"""</c>), choosing between the
/// one-line and the multi-line form the way graphql-js 17's <c>printBlockString</c> does, so that parsing the
/// output gives back the same value.
/// </summary>
internal static class BlockStringPrinter
{
    private const string TripleQuote = "\"\"\"";
    private const string EscapedTripleQuote = "\\\"\"\"";

    /// <summary>Returns <paramref name="value"/> as a block string, delimiters included.</summary>
    public static string Print(string value)
    {
        var escaped = value.IndexOf(TripleQuote, StringComparison.Ordinal) >= 0
            ? value.Replace(TripleQuote, EscapedTripleQuote)
            : value;

        var isSingleLine = escaped.IndexOf('\n') < 0 && escaped.IndexOf('\r') < 0;

        // A value whose later lines are all blank or indented would lose that indentation to the block string
        // dedent (spec BlockStringValue()) unless the first line is pushed down.
        var forceLeadingNewLine = !isSingleLine && LaterLinesBlankOrIndented(escaped);
        var hasTrailingTripleQuotes = escaped.EndsWith(EscapedTripleQuote, StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith("\"", StringComparison.Ordinal) && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith("\\", StringComparison.Ordinal);
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !isSingleLine
            || value.Length > 70
            || forceTrailingNewLine
            || forceLeadingNewLine
            || hasTrailingTripleQuotes;

        // A single line starting with whitespace keeps it only when not pushed to a line of its own.
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);
        var leadingNewLine = (printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine;
        var trailingNewLine = printAsMultipleLines || forceTrailingNewLine;

        return string.Concat(
            leadingNewLine ? "\"\"\"\n" : TripleQuote,
            escaped,
            trailingNewLine ? "\n\"\"\"" : TripleQuote);
    }

    /// <summary>Whether every line after the first is empty or starts with a space or tab (lines split at CR LF, CR or LF).</summary>
    private static bool LaterLinesBlankOrIndented(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\n' && c != '\r')
            {
                continue;
            }

            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            var next = i + 1 < text.Length ? text[i + 1] : '\n';
            if (next != '\n' && next != '\r' && !IsWhiteSpace(next))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWhiteSpace(char c) => c == ' ' || c == '\t';
}
