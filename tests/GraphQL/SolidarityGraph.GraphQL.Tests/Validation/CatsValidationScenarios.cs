using System.Text.Json;
using System.Text.RegularExpressions;
using SolidarityGraph.Testing;

namespace SolidarityGraph.GraphQL.Tests.Validation;

/// <summary>One graphql-cats validation scenario: a query, the rules it is checked with and the expected outcome.</summary>
/// <param name="Key"><c>File.json :: test name</c>, as <c>cats-runner.mjs</c> names it (without the folder).</param>
/// <param name="Sdl">The schema, with the cats directives declared in front, as the runner sends it.</param>
/// <param name="Then">The assertions, always as a list.</param>
internal sealed record CatsValidationScenario(string Key, string Sdl, string Query, IReadOnlyList<string> Rules, IReadOnlyList<JsonElement> Then);

/// <summary>
/// Reads the graphql-cats validation scenarios (<c>../shared/conformance/graphql-cats/json/validation/</c>) and the
/// parts of the shared <c>cats-runner.mjs</c> that define how they run, so that both stay the single source.
/// </summary>
internal static class CatsValidationScenarios
{
    private static readonly Lazy<IReadOnlyDictionary<string, CatsValidationScenario>> Loaded = new(Load);

    public static string ConformanceFolder => Path.Combine(RepositoryPaths.SharedFolder, "conformance");

    public static string Folder => Path.Combine(ConformanceFolder, "graphql-cats", "json", "validation");

    public static bool Available => Directory.Exists(Folder) && File.Exists(RunnerPath);

    public static IReadOnlyDictionary<string, CatsValidationScenario> All => Loaded.Value;

    /// <summary>The error codes of <c>error-mapping.json</c>; the runner throws on an <c>error-code</c> it lacks.</summary>
    public static IReadOnlySet<string> ErrorCodes => LoadedErrorCodes.Value;

    private static string RunnerPath => Path.Combine(ConformanceFolder, "cats-runner.mjs");

    private static readonly Lazy<IReadOnlySet<string>> LoadedErrorCodes = new(() =>
    {
        using var mapping = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "..", "error-mapping.json")));
        return mapping.RootElement.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
    });

    /// <summary>The validation keys of the runner's <c>KNOWN_STALE</c> map, without the <c>validation/</c> folder.</summary>
    public static IReadOnlySet<string> RunnerKnownStale()
    {
        var block = Between(File.ReadAllText(RunnerPath), "const KNOWN_STALE", "]);");
        return Regex.Matches(block, @"\['validation/([^']+)',").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
    }

    private static IReadOnlyDictionary<string, CatsValidationScenario> Load()
    {
        // The runner prepends its directive declarations to every schema (the validation schema uses @enumInt).
        var directives = Between(File.ReadAllText(RunnerPath), "CATS_DIRECTIVES = `", "`;");
        var scenarios = new Dictionary<string, CatsValidationScenario>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Folder, "*.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var root = json.RootElement;
            var background = root.TryGetProperty("background", out var b) ? b : default;
            foreach (var test in root.GetProperty("tests").EnumerateArray())
            {
                // Like the runner: the test's own `given` overrides the background, and a schema file wins over inline SDL.
                string? TryGiven(string name) =>
                    test.TryGetProperty("given", out var given) && given.TryGetProperty(name, out var value) ? value.GetString()
                    : background.ValueKind == JsonValueKind.Object && background.TryGetProperty(name, out var fallback) ? fallback.GetString()
                    : null;
                string Given(string name) => TryGiven(name) ?? throw new InvalidDataException($"{file}: '{name}' is not given");

                var schemaFile = TryGiven("schema-file");
                var sdl = schemaFile is null ? Given("schema") : File.ReadAllText(Path.Combine(Folder, schemaFile));
                var then = test.GetProperty("then");
                var key = $"{Path.GetFileName(file)} :: {test.GetProperty("name").GetString()}";
                scenarios.Add(key, new CatsValidationScenario(
                    key,
                    directives + sdl,
                    Given("query"),
                    test.GetProperty("when").GetProperty("validate").EnumerateArray().Select(r => r.GetString()!).ToList(),
                    (then.ValueKind == JsonValueKind.Array ? then.EnumerateArray() : Enumerable.Repeat(then, 1)).Select(t => t.Clone()).ToList()));
            }
        }

        return scenarios;
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        var to = from < 0 ? -1 : text.IndexOf(end, from + start.Length, StringComparison.Ordinal);
        if (to < 0)
        {
            throw new InvalidDataException($"cats-runner.mjs no longer contains '{start}' … '{end}'");
        }

        return text.Substring(from + start.Length, to - from - start.Length);
    }
}
