using System.Text;

namespace SolidarityGraph.GraphQL.Language;

/// <summary>Block string semantics (spec §2.9.4: <c>BlockStringValue(rawValue)</c>).</summary>
internal static class BlockString
{
    /// <summary>
    /// Turns the raw text between the triple quotes into the string value: unescapes <c>\"""</c>, splits lines on
    /// <c>\r\n</c>, <c>\n</c> and <c>\r</c>, removes the common indentation of every line but the first, drops
    /// leading and trailing blank lines, and joins the rest with <c>\n</c>.
    /// </summary>
    public static string Value(string raw)
    {
        List<string> lines = SplitLines(raw.Replace("\\\"\"\"", "\"\"\""));
        int commonIndent = int.MaxValue;
        int firstNonEmpty = -1;
        int lastNonEmpty = -1;
        for (int i = 0; i < lines.Count; i++)
        {
            string line = lines[i];
            int indent = LeadingWhitespace(line);
            if (indent == line.Length)
            {
                continue;
            }

            if (firstNonEmpty < 0)
            {
                firstNonEmpty = i;
            }

            lastNonEmpty = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        if (firstNonEmpty < 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(raw.Length);
        for (int i = firstNonEmpty; i <= lastNonEmpty; i++)
        {
            if (i > firstNonEmpty)
            {
                builder.Append('\n');
            }

            string line = lines[i];
            if (i == 0 || commonIndent == int.MaxValue)
            {
                builder.Append(line);
            }
            else if (line.Length > commonIndent)
            {
                builder.Append(line, commonIndent, line.Length - commonIndent);
            }
        }

        return builder.ToString();
    }

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        int lineStart = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' || c == '\r')
            {
                lines.Add(text.Substring(lineStart, i - lineStart));
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                lineStart = i + 1;
            }
        }

        lines.Add(text.Substring(lineStart));
        return lines;
    }

    private static int LeadingWhitespace(string line)
    {
        int i = 0;
        while (i < line.Length && (line[i] == ' ' || line[i] == '\t'))
        {
            i++;
        }

        return i;
    }
}
