using System.Text;

namespace SolidarityGraph.Testing;

/// <summary>A small line diff (longest common subsequence) for readable snapshot failures.</summary>
internal static class LineDiff
{
    private const int MaxLines = 4000;

    /// <summary>Prints <c>-</c> for expected-only lines and <c>+</c> for actual-only lines, with two lines of context.</summary>
    public static string Unified(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        if ((long)a.Length * b.Length > (long)MaxLines * MaxLines)
        {
            return $"--- expected ({a.Length} lines)\n+++ actual ({b.Length} lines)\n(too large to diff line by line)";
        }

        var ops = Compute(a, b);
        var output = new StringBuilder("--- expected\n+++ actual\n");
        var elided = false;
        for (var i = 0; i < ops.Count; i++)
        {
            if (IsNearChange(ops, i))
            {
                output.Append(ops[i].Tag).Append(' ').Append(ops[i].Line).Append('\n');
                elided = false;
            }
            else if (!elided)
            {
                output.Append("  ...\n");
                elided = true;
            }
        }

        return output.ToString();
    }

    private static bool IsNearChange(List<(char Tag, string Line)> ops, int index)
    {
        for (var j = Math.Max(0, index - 2); j <= Math.Min(ops.Count - 1, index + 2); j++)
        {
            if (ops[j].Tag != ' ')
            {
                return true;
            }
        }

        return false;
    }

    private static List<(char Tag, string Line)> Compute(string[] a, string[] b)
    {
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var ops = new List<(char, string)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                ops.Add((' ', a[x++]));
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] > lcs[x + 1, y]))
            {
                ops.Add(('+', b[y++]));
            }
            else
            {
                ops.Add(('-', a[x++]));
            }
        }

        return ops;
    }
}
