namespace SolidarityGraph.GraphQL.Language;

/// <summary>
/// Prints a string value as a quoted GraphQL <c>StringValue</c> (spec §2.9.4). Escapes what must be escaped
/// (<c>"</c>, <c>\</c>, C0 controls) plus DEL and the C1 controls, which graphql-js also escapes so printed
/// documents stay readable; everything else, including non-ASCII text, is written as is.
/// </summary>
internal static class StringPrinter
{
    private const string Hex = "0123456789ABCDEF";

    /// <summary>Writes <paramref name="value"/> quoted and escaped.</summary>
    public static void Write(PrintWriter w, string value)
    {
        w.Write('"');
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (EscapedLength(c) == 1)
            {
                continue;
            }

            if (i > start)
            {
                w.Write(value, start, i - start);
            }

            WriteEscape(w, c);
            start = i + 1;
        }

        if (start == 0)
        {
            w.Write(value);
        }
        else if (start < value.Length)
        {
            w.Write(value, start, value.Length - start);
        }

        w.Write('"');
    }

    /// <summary>How long <see cref="Write"/>'s output for <paramref name="value"/> is, quotes included.</summary>
    public static int PrintedLength(string value)
    {
        var length = 2;
        foreach (var c in value)
        {
            length += EscapedLength(c);
        }

        return length;
    }

    private static int EscapedLength(char c) => c switch
    {
        '\b' or '\t' or '\n' or '\f' or '\r' or '"' or '\\' => 2,
        < '\u0020' => 6,
        >= '\u007F' and <= '\u009F' => 6,
        _ => 1,
    };

    private static void WriteEscape(PrintWriter w, char c)
    {
        switch (c)
        {
            case '\b': w.Write("\\b"); break;
            case '\t': w.Write("\\t"); break;
            case '\n': w.Write("\\n"); break;
            case '\f': w.Write("\\f"); break;
            case '\r': w.Write("\\r"); break;
            case '"': w.Write("\\\""); break;
            case '\\': w.Write("\\\\"); break;
            default:
                w.Write("\\u00");
                w.Write(Hex[c >> 4]);
                w.Write(Hex[c & 0xF]);
                break;
        }
    }
}
