using System.Text;
using System.Text.Json;
using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.Testing;
using Xunit.Abstractions;

namespace SolidarityGraph.GraphQL.Tests.Validation;

/// <summary>
/// Acceptance test: the validation cases recorded from graphql-js's own tests (<c>shared/conformance/
/// graphql-js-validation-cases.json</c>, expected errors by graphql-js 17.1.0), each run with its single rule.
/// Error count and locations must agree on every case of the categories <c>spec</c> and <c>spec-sdl</c>; the
/// other categories and message wording are reported as figures only.
/// </summary>
public sealed class ValidationCasesConformanceTests(ITestOutputHelper output)
{
    private static readonly string[] AssertedCategories = { "spec", "spec-sdl" };

    [Fact]
    public void AgreesWithGraphQLJsOnSpecCases()
    {
        var path = Path.Combine(RepositoryPaths.SharedFolder, "conformance", "graphql-js-validation-cases.json");
        if (!Prerequisite.Require(File.Exists(path), $"'{path}' is absent", output))
        {
            return;
        }

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var harnessSdl = json.RootElement.GetProperty("harnessSchema").GetString()!;
        var rules = SpecifiedRules.All.ToDictionary(r => r.Name, StringComparer.Ordinal);
        var outcomes = json.RootElement.GetProperty("cases").EnumerateArray()
            .Select(c => Run(c, harnessSdl, rules))
            .ToList();

        var report = new StringBuilder();
        foreach (var category in outcomes.GroupBy(o => o.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var agree = category.Count(o => o.Agrees);
            var messages = category.Count(o => o.Agrees && o.MessagesAgree);
            report.AppendLine(
                $"{category.Key,-26} count+locations {agree,3}/{category.Count(),3} ({100.0 * agree / category.Count():F1}%)  " +
                $"messages too {messages,3}/{category.Count(),3}");
        }

        var messageMismatches = outcomes.Where(o => o.Agrees && !o.MessagesAgree).ToList();
        report.AppendLine($"message mismatches where count and locations agree: {messageMismatches.Count}");
        foreach (var mismatch in messageMismatches.Take(20))
        {
            report.AppendLine("  " + mismatch.Describe());
        }

        var failures = outcomes.Where(o => !o.Agrees && AssertedCategories.Contains(o.Category)).ToList();
        report.AppendLine($"disagreements in asserted categories: {failures.Count}");
        foreach (var failure in failures.Take(20))
        {
            report.AppendLine("  " + failure.Describe());
        }

        var informational = outcomes.Where(o => !o.Agrees && !AssertedCategories.Contains(o.Category)).ToList();
        report.AppendLine($"disagreements in informational categories: {informational.Count}");
        foreach (var other in informational.Take(20))
        {
            report.AppendLine("  " + other.Describe());
        }

        output.WriteLine(report.ToString());
        Assert.True(failures.Count == 0, report.ToString());
        Assert.Equal(515, outcomes.Count(o => AssertedCategories.Contains(o.Category)));
    }

    private static Outcome Run(JsonElement testCase, string harnessSdl, IReadOnlyDictionary<string, IValidationRule> rules)
    {
        var outcome = new Outcome(
            testCase.GetProperty("id").GetInt32(),
            testCase.GetProperty("test").GetString()!,
            testCase.GetProperty("rule").GetString()!,
            testCase.GetProperty("category").GetString()!,
            testCase.GetProperty("expectedErrors").EnumerateArray().Select(Expected).ToList());
        if (!rules.TryGetValue(outcome.Rule, out var rule))
        {
            outcome.Problem = "rule not implemented";
            return outcome;
        }

        try
        {
            var fragmentArguments = testCase.TryGetProperty("needsFragmentArguments", out var flag) && flag.GetBoolean();
            var parserOptions = new ParserOptions { ExperimentalFragmentArguments = fragmentArguments };
            IReadOnlyList<GraphQLError> errors;
            if (testCase.GetProperty("kind").GetString() == "sdl-validation")
            {
                var baseSdl = testCase.TryGetProperty("baseSchema", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString() : null;
                var schema = baseSdl is null ? null : ValidationHarness.BuildSchema(baseSdl);
                errors = DocumentValidator.ValidateSdl(Parser.Parse(testCase.GetProperty("sdl").GetString()!, parserOptions), schema, new[] { rule });
            }
            else
            {
                var sdl = testCase.GetProperty("schema").GetString()!;
                var schema = ValidationHarness.BuildSchema(sdl == "@harness" ? harnessSdl : sdl);
                var hide = testCase.TryGetProperty("hideSuggestions", out var h) && h.GetBoolean();
                var document = Parser.Parse(testCase.GetProperty("query").GetString()!, parserOptions);
                errors = DocumentValidator.Validate(schema, document, new[] { rule }, new ValidationOptions { HideSuggestions = hide });
            }

            outcome.Actual = errors.Select(e => new Error(e.Message, Locations(e.Locations.Select(l => (l.Line, l.Column))))).ToList();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            outcome.Problem = e.GetType().Name + ": " + e.Message;
        }

        return outcome;
    }

    private static Error Expected(JsonElement error) => new(
        error.GetProperty("message").GetString()!,
        Locations(error.TryGetProperty("locations", out var locations)
            ? locations.EnumerateArray().Select(l => (l.GetProperty("line").GetInt32(), l.GetProperty("column").GetInt32()))
            : Enumerable.Empty<(int, int)>()));

    private static string Locations(IEnumerable<(int Line, int Column)> locations) =>
        string.Join(" ", locations.Select(l => $"{l.Line}:{l.Column}"));

    private sealed record Error(string Message, string Locations);

    private sealed class Outcome(int id, string test, string rule, string category, List<Error> expected)
    {
        public string Category { get; } = category;

        public string Rule { get; } = rule;

        public List<Error>? Actual { get; set; }

        public string? Problem { get; set; }

        // Like the shared compare.mjs: same number of errors and the same multiset of location lists.
        public bool Agrees => Problem is null && Actual is not null &&
            Sorted(expected.Select(e => e.Locations)).SequenceEqual(Sorted(Actual.Select(e => e.Locations)));

        public bool MessagesAgree => Actual is not null &&
            Sorted(expected.Select(e => e.Message)).SequenceEqual(Sorted(Actual.Select(e => e.Message)));

        public string Describe()
        {
            var text = new StringBuilder($"#{id} [{Rule}] {test}");
            if (Problem is not null)
            {
                return text.Append(" — ").Append(Problem).ToString();
            }

            text.Append("\n      expected: ").Append(string.Join(" | ", expected.Select(e => $"{e.Message} @{e.Locations}")));
            text.Append("\n      actual:   ").Append(string.Join(" | ", Actual!.Select(e => $"{e.Message} @{e.Locations}")));
            return text.ToString();
        }

        private static IEnumerable<string> Sorted(IEnumerable<string> items) => items.OrderBy(i => i, StringComparer.Ordinal);
    }
}
