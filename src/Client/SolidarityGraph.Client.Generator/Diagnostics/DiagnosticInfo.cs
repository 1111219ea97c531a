namespace SolidarityGraph.Client.Generator.Diagnostics;

/// <summary>
/// A diagnostic as equatable data (never a Roslyn <c>Location</c>, which would defeat incremental caching); it becomes
/// a Roslyn diagnostic in <see cref="DiagnosticReporting"/>.
/// </summary>
internal sealed record DiagnosticInfo(string Id, string Path, int Line, int Column, int Start, int Length, string Message)
{
    /// <summary>A diagnostic <paramref name="id"/> at a 1-based <paramref name="line"/> and <paramref name="column"/> of <paramref name="text"/>.</summary>
    public static DiagnosticInfo At(string id, string path, string text, int line, int column, string message)
    {
        var start = 0;
        if (line >= 1 && LineSpan(text, line) is var (lineStart, lineEnd) && lineStart >= 0)
        {
            start = Math.Min(lineStart + Math.Max(column - 1, 0), lineEnd);
        }

        var length = WordLength(text, start);
        return new DiagnosticInfo(id, path, line, column, start, length, message);
    }

    /// <summary>Start and end (before the line break) of the 1-based <paramref name="line"/>; (-1, -1) past the end.</summary>
    private static (int Start, int End) LineSpan(string text, int line)
    {
        var start = 0;
        for (var current = 1; current < line; current++)
        {
            var next = NextLineStart(text, start);
            if (next < 0)
            {
                return (-1, -1);
            }

            start = next;
        }

        var end = start;
        while (end < text.Length && text[end] is not ('\r' or '\n'))
        {
            end++;
        }

        return (start, end);
    }

    // Line breaks as GraphQL (spec §2.1.4) and Roslyn's SourceText count them: \n, \r\n or a lone \r.
    private static int NextLineStart(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                return i + 1;
            }

            if (text[i] == '\r')
            {
                return i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
            }
        }

        return -1;
    }

    private static int WordLength(string text, int start)
    {
        var end = start;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '_' or '$' or '@'))
        {
            end++;
        }

        return Math.Max(end - start, start < text.Length ? 1 : 0);
    }
}
