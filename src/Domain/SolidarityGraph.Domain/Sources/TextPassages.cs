using System.Text.RegularExpressions;

namespace SolidarityGraph.Domain.Sources;

/// <summary>A stretch of a source's archived text: its span (start inclusive, end exclusive) and its whitespace-normalised words.</summary>
public sealed record TextPassage(int Start, int End, string Text);

/// <summary>
/// Finding passages in an archived text: its sentences (what a steward chooses a quote from when the browser runs no
/// script), the sentences containing a search term, and the passage nearest to a quote that is not in the text.
/// </summary>
public static partial class TextPassages
{
    // Windows scored on the cheap word overlap and then compared letter by letter; a few are enough to find the best.
    private const int Candidates = 8;

    // Edit distance is quadratic in the lengths compared; longer quotes are judged on their word overlap alone.
    private const int MaxCompared = 1500;

    /// <summary>
    /// The sentences of <paramref name="text"/>: runs ending at <c>. ! ?</c> followed by whitespace, or at a line break
    /// (web pages and reports put headings, list items and table cells on lines of their own).
    /// </summary>
    public static IReadOnlyList<TextPassage> Sentences(string? text)
    {
        var sentences = new List<TextPassage>();
        if (string.IsNullOrEmpty(text))
        {
            return sentences;
        }

        var start = 0;
        foreach (Match boundary in SentenceBoundary().Matches(text))
        {
            Add(sentences, text, start, boundary.Index);
            start = boundary.Index + boundary.Length;
        }

        Add(sentences, text, start, text.Length);
        return sentences;
    }

    /// <summary>The sentences containing <paramref name="term"/>, ignoring case and differences in whitespace.</summary>
    public static IReadOnlyList<TextPassage> Containing(string? text, string? term, int limit = 50)
    {
        var words = SourceText.Normalise(term ?? string.Empty);
        return words.Length == 0
            ? []
            : Sentences(text).Where(s => s.Text.Contains(words, StringComparison.OrdinalIgnoreCase)).Take(limit).ToList();
    }

    /// <summary>
    /// The passage of <paramref name="text"/> most like <paramref name="quote"/>: the window of about as many words as
    /// the quote sharing most of its words, then, among the best of those, the one with the smallest edit distance.
    /// Null when the text has no words or shares none with the quote.
    /// </summary>
    public static TextPassage? Nearest(string? text, string? quote)
    {
        var wanted = Words(quote ?? string.Empty);
        var words = Words(text ?? string.Empty);
        if (wanted.Count == 0 || words.Count == 0)
        {
            return null;
        }

        var target = Comparable(string.Join(' ', wanted.Select(w => w.Value)));
        var best = WindowsByOverlap(words, wanted)
            .SelectMany(start => Lengths(wanted.Count).Select(length => (Start: start, Length: Math.Min(length, words.Count - start))))
            .Where(w => w.Length > 0)
            .Distinct()
            .Select(w => (Window: w, Distance: Distance(Comparable(Join(words, w.Start, w.Length)), target)))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Window.Start)
            .FirstOrDefault();
        if (best.Window.Length == 0)
        {
            return null;
        }

        var (first, last) = (words[best.Window.Start], words[best.Window.Start + best.Window.Length - 1]);
        var end = last.Index + last.Length;
        return new TextPassage(first.Index, end, SourceText.Normalise(text![first.Index..end]));
    }

    // The starts of the windows of quote length that share most words with the quote (as a multiset), best first.
    private static IEnumerable<int> WindowsByOverlap(IReadOnlyList<Match> words, IReadOnlyList<Match> wanted)
    {
        var need = wanted.GroupBy(w => Key(w.Value)).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var keys = words.Select(w => Key(w.Value)).ToArray();
        var size = Math.Min(wanted.Count, words.Count);
        var have = new Dictionary<string, int>(StringComparer.Ordinal);
        var overlap = 0;
        var scores = new List<(int Start, int Overlap)>();
        for (var i = 0; i < keys.Length; i++)
        {
            overlap += Change(have, need, keys[i], +1);
            if (i >= size)
            {
                overlap += Change(have, need, keys[i - size], -1);
            }

            if (i >= size - 1)
            {
                scores.Add((i - size + 1, overlap));
            }
        }

        return scores.Where(s => s.Overlap > 0).OrderByDescending(s => s.Overlap).ThenBy(s => s.Start).Take(Candidates).Select(s => s.Start);
    }

    // Adds or removes one word from the window; returns how much the overlap with the quote changes.
    private static int Change(Dictionary<string, int> have, Dictionary<string, int> need, string key, int delta)
    {
        var before = have.GetValueOrDefault(key);
        var after = before + delta;
        have[key] = after;
        var cap = need.GetValueOrDefault(key);
        return Math.Min(after, cap) - Math.Min(before, cap);
    }

    // A quote may have lost or gained a word or two against the text.
    private static IEnumerable<int> Lengths(int count) => Enumerable.Range(count - 2, 5).Where(n => n > 0);

    private static string Join(IReadOnlyList<Match> words, int start, int length) =>
        string.Join(' ', Enumerable.Range(start, length).Select(i => words[i].Value));

    private static IReadOnlyList<Match> Words(string text) => Word().Matches(text).ToList();

    private static string Comparable(string text) => text.ToLowerInvariant();

    // A word as the overlap counts it: «Euros,» and «euros» are the same word.
    private static string Key(string word) => Comparable(word.Trim(['.', ',', ';', ':', '!', '?', '"', '\'', '(', ')', '«', '»', '“', '”']));

    // Levenshtein distance over two rows; texts past MaxCompared are compared by their length difference only.
    private static int Distance(string a, string b)
    {
        if (a.Length > MaxCompared || b.Length > MaxCompared)
        {
            return Math.Abs(a.Length - b.Length);
        }

        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static void Add(List<TextPassage> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new TextPassage(start, end, SourceText.Normalise(text[start..end])));
        }
    }

    [GeneratedRegex(@"(?<=[.!?])\s+|[ \t]*\r?\n\s*")]
    private static partial Regex SentenceBoundary();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Word();
}
