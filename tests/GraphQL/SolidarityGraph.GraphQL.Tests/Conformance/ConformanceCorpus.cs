using System.Text.Json;
using SolidarityGraph.Testing;

namespace SolidarityGraph.GraphQL.Tests.Conformance;

/// <summary>
/// The documents the parser and printer are compared on: every query and SDL document of the graphql-js
/// validation cases (without the fragment-arguments RFC, which is not in the spec), the graphql-cats parsing
/// scenarios, our kitchen sinks and our own edge cases. Duplicates are removed; order is stable.
/// </summary>
internal sealed class ConformanceCorpus
{
    public const string ExcludedCategory = "fragment-arguments-rfc";

    private ConformanceCorpus(IReadOnlyList<CorpusEntry> entries, int excludedCases, int excludedOnlyDocuments)
    {
        Entries = entries;
        ExcludedCases = excludedCases;
        ExcludedOnlyDocuments = excludedOnlyDocuments;
    }

    public static string SharedConformanceFolder => Path.Combine(RepositoryPaths.SharedFolder, "conformance");

    public IReadOnlyList<CorpusEntry> Entries { get; }

    /// <summary>How many validation cases were left out because they belong to <see cref="ExcludedCategory"/>.</summary>
    public int ExcludedCases { get; }

    /// <summary>How many distinct documents only those excluded cases contain.</summary>
    public int ExcludedOnlyDocuments { get; }

    public static ConformanceCorpus Load()
    {
        var entries = new List<CorpusEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string origin, string? source)
        {
            if (source is not null && seen.Add(source))
            {
                entries.Add(new CorpusEntry(origin, source));
            }
        }

        var excluded = new HashSet<string>(StringComparer.Ordinal);
        var excludedCases = 0;
        using (var cases = JsonDocument.Parse(File.ReadAllText(Path.Combine(SharedConformanceFolder, "graphql-js-validation-cases.json"))))
        {
            Add("validation harness schema", cases.RootElement.GetProperty("harnessSchema").GetString());
            foreach (var item in cases.RootElement.GetProperty("cases").EnumerateArray())
            {
                var id = item.GetProperty("id").GetInt32();
                var isExcluded = item.GetProperty("category").GetString() == ExcludedCategory;
                excludedCases += isExcluded ? 1 : 0;
                foreach (var key in new[] { "query", "schema", "sdl", "baseSchema" })
                {
                    if (item.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() != "@harness")
                    {
                        if (isExcluded)
                        {
                            excluded.Add(value.GetString()!);
                        }
                        else
                        {
                            Add($"validation case {id} ({key})", value.GetString());
                        }
                    }
                }
            }
        }

        var parsing = Path.Combine(SharedConformanceFolder, "graphql-cats", "json", "parsing");
        foreach (var file in Directory.GetFiles(parsing, "*.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            using var scenario = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var test in scenario.RootElement.GetProperty("tests").EnumerateArray())
            {
                Add($"graphql-cats {Path.GetFileNameWithoutExtension(file)}: {test.GetProperty("name").GetString()}",
                    test.GetProperty("given").GetProperty("query").GetString());
            }
        }

        Add("kitchen-sink query", Fixtures.KitchenSinkQuery);
        Add("kitchen-sink schema", Fixtures.KitchenSinkSchema);
        for (var i = 0; i < ParserEdgeCases.Documents.Count; i++)
        {
            Add($"edge case {i}", ParserEdgeCases.Documents[i]);
        }

        excluded.ExceptWith(seen);
        return new ConformanceCorpus(entries, excludedCases, excluded.Count);
    }
}

/// <summary>One document of the corpus and where it came from.</summary>
internal sealed record CorpusEntry(string Origin, string Source);
