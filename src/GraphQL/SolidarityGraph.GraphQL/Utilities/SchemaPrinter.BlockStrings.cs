namespace SolidarityGraph.GraphQL.Utilities;

public static partial class SchemaPrinter
{
    /// <summary>
    /// Whether a block string would give back exactly <paramref name="value"/> (graphql-js
    /// <c>isPrintableAsBlockString</c>): no carriage returns or disallowed control characters, no leading blank
    /// lines, no trailing blank line, and no indentation common to all lines after the first that the dedent of
    /// spec §2.9.4 BlockStringValue() would strip.
    /// </summary>
    internal static bool IsPrintableAsBlockString(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                // graphql-js rejects exactly these control characters (and CR) here.
                case '\u0000' or '\u0001' or '\u0002' or '\u0003' or '\u0004' or '\u0005' or '\u0006' or '\u0007'
                    or '\u0008' or '\u000b' or '\u000c' or '\u000e' or '\u000f' or '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent = hasIndent || isEmptyLine;
                    break;
                default:
                    hasCommonIndent = hasCommonIndent && hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        return !isEmptyLine && !(hasCommonIndent && seenNonEmptyLine);
    }
}
