using System.Text;
using System.Text.RegularExpressions;

namespace SolidarityGraph.Client.Generator.Configuration;

/// <summary>The glob subset of <c>documents</c>: <c>**/</c> (any folders), <c>*</c> and <c>?</c> within a name.</summary>
internal static class Glob
{
    public static bool IsMatch(string pattern, string relativePath) =>
        Regex.IsMatch(relativePath, ToRegex(pattern), RegexOptions.CultureInvariant);

    private static string ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            if (At(pattern, i, "**/"))
            {
                regex.Append("(?:.*/)?");
                i += 2;
            }
            else if (At(pattern, i, "**"))
            {
                regex.Append(".*");
                i += 1;
            }
            else
            {
                regex.Append(pattern[i] switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => Regex.Escape(pattern[i].ToString()),
                });
            }
        }

        return regex.Append('$').ToString();
    }

    private static bool At(string pattern, int index, string token) =>
        string.CompareOrdinal(pattern, index, token, 0, token.Length) == 0;
}
