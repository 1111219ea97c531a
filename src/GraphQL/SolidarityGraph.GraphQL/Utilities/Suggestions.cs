namespace SolidarityGraph.GraphQL.Utilities;

/// <summary>
/// "Did you mean …?" hints as graphql-js 17.1.0 words them: candidates within a Damerau–Levenshtein distance of
/// 40% of the input (case-insensitive), best first, at most five.
/// </summary>
public static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The <paramref name="options"/> close to <paramref name="input"/>, closest first, ties in natural order.</summary>
    public static IReadOnlyList<string> SuggestionList(string input, IEnumerable<string> options)
    {
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var distances = new Dictionary<string, int>(StringComparer.Ordinal);
        var inputLower = input.ToLowerInvariant();
        foreach (var option in options)
        {
            var distance = Measure(input, inputLower, option, threshold);
            if (distance is { } d)
            {
                distances[option] = d;
            }
        }

        var result = distances.Keys.ToList();
        result.Sort((a, b) =>
        {
            var diff = distances[a] - distances[b];
            return diff != 0 ? diff : NaturalCompare(a, b);
        });
        return result;
    }

    /// <summary><c> Did you mean "a", "b", or "c"?</c> (with <paramref name="subMessage"/> after "mean"), or empty for no suggestions.</summary>
    public static string DidYouMean(string? subMessage, IReadOnlyList<string> suggestions)
    {
        if (suggestions.Count == 0)
        {
            return "";
        }

        var message = " Did you mean ";
        if (subMessage is not null)
        {
            message += subMessage + " ";
        }

        return message + OrList(suggestions.Take(MaxSuggestions).Select(s => "\"" + s + "\"").ToList()) + "?";
    }

    /// <summary><c>a</c>, <c>a or b</c>, <c>a, b, or c</c>.</summary>
    public static string OrList(IReadOnlyList<string> items) => FormatList("or", items);

    /// <summary><c>a</c>, <c>a and b</c>, <c>a, b, and c</c>.</summary>
    public static string AndList(IReadOnlyList<string> items) => FormatList("and", items);

    private static string FormatList(string conjunction, IReadOnlyList<string> items) => items.Count switch
    {
        0 => throw new ArgumentException("At least one item is required.", nameof(items)),
        1 => items[0],
        2 => items[0] + " " + conjunction + " " + items[1],
        _ => string.Join(", ", items.Take(items.Count - 1)) + ", " + conjunction + " " + items[items.Count - 1],
    };

    private static int? Measure(string input, string inputLower, string option, int threshold)
    {
        if (input == option)
        {
            return 0;
        }

        var optionLower = option.ToLowerInvariant();
        if (inputLower == optionLower)
        {
            return 1;
        }

        var a = optionLower;
        var b = inputLower;
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        if (a.Length - b.Length > threshold)
        {
            return null;
        }

        var rows = new[] { new int[b.Length + 1], new int[b.Length + 1], new int[b.Length + 1] };
        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var up = rows[(i - 1) % 3];
            var current = rows[i % 3];
            var smallest = current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                }

                smallest = Math.Min(smallest, cell);
                current[j] = cell;
            }

            if (smallest > threshold)
            {
                return null;
            }
        }

        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }

    /// <summary>Compares strings with runs of digits compared by value (graphql-js <c>naturalCompare</c>).</summary>
    internal static int NaturalCompare(string a, string b)
    {
        int ai = 0, bi = 0;
        while (ai < a.Length && bi < b.Length)
        {
            if (char.IsDigit(a[ai]) && char.IsDigit(b[bi]))
            {
                long an = 0, bn = 0;
                do
                {
                    an = (an * 10) + (a[ai++] - '0');
                }
                while (ai < a.Length && a[ai] >= '0' && a[ai] <= '9' && an > 0);
                do
                {
                    bn = (bn * 10) + (b[bi++] - '0');
                }
                while (bi < b.Length && b[bi] >= '0' && b[bi] <= '9' && bn > 0);
                if (an != bn)
                {
                    return an < bn ? -1 : 1;
                }
            }
            else
            {
                if (a[ai] != b[bi])
                {
                    return a[ai] < b[bi] ? -1 : 1;
                }

                ai++;
                bi++;
            }
        }

        return a.Length - b.Length;
    }
}
