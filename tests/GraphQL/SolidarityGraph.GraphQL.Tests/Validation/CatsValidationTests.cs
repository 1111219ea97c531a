using System.Text.Json;
using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Utilities;
using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.Testing;
using Xunit.Abstractions;

namespace SolidarityGraph.GraphQL.Tests.Validation;

/// <summary>
/// The graphql-cats validation scenarios, one case each, judged like <c>cats-runner.mjs --messages ignore</c>:
/// <c>passes</c>, <c>error-count</c>, and <c>error</c>/<c>error-code</c> matched by their locations only.
/// </summary>
public sealed class CatsValidationTests
{
    private const string Absent = "(graphql-cats validation scenarios absent)";

    // graphql-js (and we) point a forbidden subselection at the selection set; cats expects the field.
    private const string SelectionSetLocation = "error location: the selection set is reported, cats expects the field";

    /// <summary>
    /// Scenarios whose 2018 expectations disagree with graphql-js 17.1.0 and today's spec; the same list as the
    /// shared runner's <c>KNOWN_STALE</c>. Each must still fail, and only because of where the error points.
    /// </summary>
    private static readonly Dictionary<string, string> KnownStale = new(StringComparer.Ordinal)
    {
        ["ScalarLeafs.json :: scalar selection not allowed on Boolean"] = SelectionSetLocation,
        ["ScalarLeafs.json :: scalar selection not allowed on Enum"] = SelectionSetLocation,
        ["ScalarLeafs.json :: scalar selection not allowed with args"] = SelectionSetLocation,
        ["ScalarLeafs.json :: Scalar selection not allowed with directives"] = SelectionSetLocation,
        ["ScalarLeafs.json :: Scalar selection not allowed with directives and args"] = SelectionSetLocation,
    };

    private readonly ITestOutputHelper _output;

    public CatsValidationTests(ITestOutputHelper output) => _output = output;

    public static TheoryData<string> Scenarios()
    {
        var data = new TheoryData<string>();
        foreach (var key in CatsValidationScenarios.Available ? CatsValidationScenarios.All.Keys : new[] { Absent })
        {
            data.Add(key);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Scenario(string key)
    {
        if (!Prerequisite.Require(CatsValidationScenarios.Available, $"'{CatsValidationScenarios.Folder}' or cats-runner.mjs is absent", _output))
        {
            return;
        }

        var scenario = CatsValidationScenarios.All[key];
        var outcome = Run(scenario);
        var failures = Judge(scenario, outcome, compareLocations: true);
        if (!KnownStale.TryGetValue(key, out var reason))
        {
            Assert.True(failures.Count == 0, string.Join("\n", failures));
            return;
        }

        Assert.True(failures.Count > 0, $"the known-stale scenario now passes; remove it from {nameof(KnownStale)} ({reason})");
        var withoutLocations = Judge(scenario, outcome, compareLocations: false);
        Assert.True(withoutLocations.Count == 0, $"stale for '{reason}', but fails for more than that:\n" + string.Join("\n", withoutLocations));
        _output.WriteLine($"known-stale ({reason}): " + string.Join("; ", failures));
    }

    [Fact]
    public void KnownStaleListIsTheSharedRunnersAndNamesRealScenarios()
    {
        if (!Prerequisite.Require(CatsValidationScenarios.Available, $"'{CatsValidationScenarios.Folder}' or cats-runner.mjs is absent", _output))
        {
            return;
        }

        Assert.Equal(CatsValidationScenarios.RunnerKnownStale().Order(StringComparer.Ordinal), KnownStale.Keys.Order(StringComparer.Ordinal));
        Assert.All(KnownStale.Keys, key => Assert.Contains(key, CatsValidationScenarios.All.Keys));
        _output.WriteLine($"graphql-cats validation: {CatsValidationScenarios.All.Count} scenarios, {KnownStale.Count} known-stale");
    }

    private sealed record Outcome(bool SyntaxError, IReadOnlyList<GraphQLError> Errors);

    /// <summary>The runner's <c>validate</c> action: build the schema, parse, apply only the named rules.</summary>
    private static Outcome Run(CatsValidationScenario scenario)
    {
        var schema = SchemaBuilder.Build(scenario.Sdl);
        DocumentNode document;
        try
        {
            document = Parser.Parse(scenario.Query);
        }
        catch (GraphQLSyntaxException exception)
        {
            return new Outcome(true, new[] { exception.Error });
        }

        var rules = scenario.Rules
            .Select(name => SpecifiedRules.All.FirstOrDefault(r => r.Name == name + "Rule" || r.Name == name)
                ?? throw new InvalidOperationException($"unknown rule {name}"))
            .ToList();
        return new Outcome(false, DocumentValidator.Validate(schema, document, rules));
    }

    private static List<string> Judge(CatsValidationScenario scenario, Outcome outcome, bool compareLocations)
    {
        var failures = new List<string>();
        var errors = outcome.Errors;
        var actual = string.Join(" | ", errors.Select(e => $"{e.Message} at {Format(e.Locations)}"));
        bool LocationMatches(GraphQLError error, JsonElement assertion) =>
            !compareLocations || !assertion.TryGetProperty("loc", out var loc) || loc.ValueKind == JsonValueKind.Null
            || Format(error.Locations) == Format(Expected(loc));

        foreach (var assertion in scenario.Then)
        {
            if (assertion.TryGetProperty("passes", out var passes))
            {
                if (passes.GetBoolean() != (errors.Count == 0 && !outcome.SyntaxError))
                {
                    failures.Add($"passes={passes.GetBoolean()} but errors: {actual}");
                }
            }
            else if (assertion.TryGetProperty("syntax-error", out _))
            {
                if (!outcome.SyntaxError)
                {
                    failures.Add("expected a syntax error");
                }
            }
            else if (assertion.TryGetProperty("error-count", out var count))
            {
                if (errors.Count != count.GetInt32())
                {
                    failures.Add($"error-count {errors.Count} != {count.GetInt32()}: {actual}");
                }
            }
            else if (assertion.TryGetProperty("error-code", out var code) && !CatsValidationScenarios.ErrorCodes.Contains(code.GetString()!))
            {
                failures.Add($"error code '{code}' is not in error-mapping.json");
            }
            else if (assertion.TryGetProperty("error-code", out _) || assertion.TryGetProperty("error", out _))
            {
                if (!errors.Any(e => LocationMatches(e, assertion)))
                {
                    var where = assertion.TryGetProperty("loc", out var loc) ? Format(Expected(loc)) : "anywhere";
                    failures.Add($"no error at {where}; got {actual}");
                }
            }
            else
            {
                failures.Add("unsupported assertion " + assertion.GetRawText());
            }
        }

        return failures;
    }

    /// <summary>A cats <c>loc</c>: one location or a list, each <c>{line, column}</c> or <c>[line, column]</c>.</summary>
    private static IEnumerable<SourceLocation> Expected(JsonElement loc) =>
        (loc.ValueKind == JsonValueKind.Array ? loc.EnumerateArray() : Enumerable.Repeat(loc, 1)).Select(l =>
            l.ValueKind == JsonValueKind.Array
                ? new SourceLocation(l[0].GetInt32(), l[1].GetInt32())
                : new SourceLocation(l.GetProperty("line").GetInt32(), l.GetProperty("column").GetInt32()));

    private static string Format(IEnumerable<SourceLocation> locations) => "[" + string.Join(",", locations.Select(l => $"{l.Line}:{l.Column}")) + "]";
}
