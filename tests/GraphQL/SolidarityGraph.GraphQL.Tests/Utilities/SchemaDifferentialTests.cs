using System.Text.Json;
using SolidarityGraph.GraphQL.Tests.Conformance;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Utilities;
using SolidarityGraph.Testing;
using Xunit.Abstractions;

namespace SolidarityGraph.GraphQL.Tests.Utilities;

/// <summary>
/// Builds every SDL document of the graphql-js validation cases (plus our kitchen sink and feature schema) with our
/// engine and with graphql-js 17.1.0, then requires the same printed SDL (<c>printSchema</c>) and the same number
/// of schema validation errors (<c>validateSchema</c>) for every document graphql-js builds.
/// </summary>
public sealed class SchemaDifferentialTests
{
    private const int Shown = 15;
    private static readonly Lazy<Comparison> Shared = new(Run);
    private readonly ITestOutputHelper _output;

    public SchemaDifferentialTests(ITestOutputHelper output) => _output = output;

    public static string FeatureSchema =>
        File.ReadAllText(Path.Combine(RepositoryPaths.RepositoryRoot, "tests", "GraphQL", "SolidarityGraph.GraphQL.Tests", "Utilities", "FeatureSchema.graphql"));

    [Fact]
    public void PrintedSchemasEqualGraphQLJs()
    {
        if (Compare() is not { } comparison)
        {
            return;
        }

        _output.WriteLine($"printSchema agreement: {comparison.Built - comparison.PrintMismatches.Count}/{comparison.Built}");
        Assert.True(comparison.Built > 50, $"only {comparison.Built} documents built in graphql-js");
        Assert.True(comparison.PrintMismatches.Count == 0, Describe(comparison.PrintMismatches, comparison.Built));
    }

    [Fact]
    public void SchemaValidationErrorCountsEqualGraphQLJs()
    {
        if (Compare() is not { } comparison)
        {
            return;
        }

        _output.WriteLine($"validateSchema agreement: {comparison.Built - comparison.ErrorMismatches.Count}/{comparison.Built} "
            + $"({comparison.WithErrors} with errors in graphql-js, {comparison.SameMessages} of those with identical messages)");
        Assert.True(comparison.ErrorMismatches.Count == 0, Describe(comparison.ErrorMismatches, comparison.Built));
    }

    [Fact]
    public void FeatureSchemaIsCoveredAndPrintsIdentically()
    {
        if (Compare() is not { } comparison)
        {
            return;
        }

        Assert.Contains(comparison.BuiltSources, s => s == FeatureSchema);
        Assert.DoesNotContain(comparison.PrintMismatches, m => m.Source == FeatureSchema);
    }

    private Comparison? Compare()
    {
        if (!Prerequisite.RequireDirectory(ConformanceCorpus.SharedConformanceFolder, _output))
        {
            return null;
        }

        var unavailable = NodeOracle.Unavailable();
        if (!Prerequisite.Require(unavailable is null, unavailable ?? "", _output))
        {
            return null;
        }

        var comparison = Shared.Value;
        Assert.Equal("17.1.0", comparison.GraphQLVersion);
        _output.WriteLine($"graphql-js {comparison.GraphQLVersion}: {comparison.Total} SDL documents, {comparison.Built} build in graphql-js");
        return comparison;
    }

    private static Comparison Run()
    {
        var sources = Corpus();
        var results = NodeOracle.Run("print-schema.mjs", sources, out var version);
        var comparison = new Comparison(version, sources.Count);
        for (var i = 0; i < sources.Count; i++)
        {
            var expected = results[i];
            if (!expected.GetProperty("ok").GetBoolean())
            {
                continue;
            }

            comparison.Built++;
            comparison.BuiltSources.Add(sources[i]);
            var printed = expected.GetProperty("printed").GetString()!;
            var errors = expected.GetProperty("schemaErrors").EnumerateArray().Select(e => e.GetString()!).ToList();
            comparison.WithErrors += errors.Count > 0 ? 1 : 0;
            try
            {
                var schema = SchemaBuilder.Build(sources[i]);
                var ours = SchemaPrinter.Print(schema);
                if (ours != printed)
                {
                    comparison.PrintMismatches.Add(new Mismatch(sources[i], printed, ours));
                }

                var ourErrors = SchemaValidator.Validate(schema).Select(e => e.Message).ToList();
                if (ourErrors.Count != errors.Count)
                {
                    comparison.ErrorMismatches.Add(new Mismatch(sources[i], string.Join("\n", errors), string.Join("\n", ourErrors)));
                }
                else if (errors.Count > 0 && errors.SequenceEqual(ourErrors))
                {
                    comparison.SameMessages++;
                }
            }
            catch (Exception error)
            {
                var text = $"{error.GetType().Name}: {error.Message}";
                comparison.PrintMismatches.Add(new Mismatch(sources[i], printed, text));
                comparison.ErrorMismatches.Add(new Mismatch(sources[i], string.Join("\n", errors), text));
            }
        }

        return comparison;
    }

    private static List<string> Corpus()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sources = new List<string>();
        void Add(string? sdl)
        {
            if (sdl is not null && sdl != "@harness" && seen.Add(sdl))
            {
                sources.Add(sdl);
            }
        }

        using (var cases = JsonDocument.Parse(File.ReadAllText(Path.Combine(ConformanceCorpus.SharedConformanceFolder, "graphql-js-validation-cases.json"))))
        {
            Add(cases.RootElement.GetProperty("harnessSchema").GetString());
            foreach (var item in cases.RootElement.GetProperty("cases").EnumerateArray())
            {
                foreach (var key in new[] { "schema", "sdl", "baseSchema" })
                {
                    if (item.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String)
                    {
                        Add(value.GetString());
                    }
                }
            }
        }

        Add(Fixtures.KitchenSinkSchema);
        Add(FeatureSchema);
        foreach (var (sdl, _) in Types.SchemaValidationCases.All.Values)
        {
            Add(sdl);
        }

        return sources;
    }

    private static string Describe(IReadOnlyList<Mismatch> mismatches, int total) =>
        $"{mismatches.Count} of {total} documents disagree with graphql-js (first {Shown}):\n\n"
        + string.Join("\n\n", mismatches.Take(Shown).Select(m =>
            $"--- SDL ---\n{m.Source.Trim()}\n--- graphql-js ---\n{m.Expected}\n--- ours ---\n{m.Actual}"));

    private sealed record Mismatch(string Source, string Expected, string Actual);

    private sealed class Comparison
    {
        public Comparison(string version, int total)
        {
            GraphQLVersion = version;
            Total = total;
        }

        public string GraphQLVersion { get; }

        public int Total { get; }

        public int Built { get; set; }

        public int WithErrors { get; set; }

        public int SameMessages { get; set; }

        public List<string> BuiltSources { get; } = new();

        public List<Mismatch> PrintMismatches { get; } = new();

        public List<Mismatch> ErrorMismatches { get; } = new();
    }
}
