using System.Text.Json.Nodes;
using System.Text.Json;
using SolidarityGraph.GraphQL.Execution.Tests.Conformance;
using SolidarityGraph.Testing;
using Xunit.Abstractions;

namespace SolidarityGraph.GraphQL.Execution.Tests.Execution;

/// <summary>
/// The graphql-cats execution scenarios (<c>../shared/conformance/graphql-cats/json/execution/</c>), checked like
/// <c>cats-runner.mjs --messages ignore</c>: data key-order-insensitive, error counts and locations, request
/// errors for "exception". The scenarios the shared runner lists as stale against today's spec are skipped.
/// </summary>
public sealed class CatsExecutionTests
{
    private static readonly HashSet<string> KnownStale = new(StringComparer.Ordinal)
    {
        "Executor.json :: nulls out error subtrees",
        "UnionInterface.json :: introspect on union and intersection types",
    };

    private readonly ITestOutputHelper _output;

    public CatsExecutionTests(ITestOutputHelper output) => _output = output;

    private static string Folder => Path.Combine(RepositoryPaths.SharedFolder, "conformance", "graphql-cats", "json", "execution");

    [Fact]
    public async Task EveryCurrentScenarioPasses()
    {
        if (!Prerequisite.RequireDirectory(Folder, _output))
        {
            return;
        }

        var failures = new List<string>();
        var passed = 0;
        foreach (var file in Directory.GetFiles(Folder, "*.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            using var scenario = JsonDocument.Parse(File.ReadAllText(file));
            var background = scenario.RootElement.TryGetProperty("background", out var b) ? b : default;
            foreach (var test in scenario.RootElement.GetProperty("tests").EnumerateArray())
            {
                var key = $"{Path.GetFileName(file)} :: {test.GetProperty("name").GetString()}";
                if (KnownStale.Contains(key))
                {
                    continue;
                }

                var problems = await RunAsync(background, test);
                if (problems.Count == 0)
                {
                    passed++;
                }
                else
                {
                    failures.Add(key + "\n    " + string.Join("\n    ", problems));
                }
            }
        }

        _output.WriteLine($"graphql-cats execution: {passed} passed, {failures.Count} failed, {KnownStale.Count} known-stale");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(passed >= 20, $"only {passed} scenarios ran");
    }

    private static async Task<List<string>> RunAsync(JsonElement background, JsonElement test)
    {
        JsonElement? Given(string name) =>
            test.TryGetProperty("given", out var given) && given.TryGetProperty(name, out var value) ? value
            : background.ValueKind == JsonValueKind.Object && background.TryGetProperty(name, out var fallback) ? fallback : null;

        var when = test.GetProperty("when").GetProperty("execute");
        JsonElement? When(string name) => when.ValueKind == JsonValueKind.Object && when.TryGetProperty(name, out var value) ? value : null;

        var adapter = new CatsAdapter(Given("test-data"));
        var response = await adapter.ExecuteAsync(
            Given("schema")!.Value.GetString()!,
            Given("query")!.Value.GetString()!,
            When("test-value")?.GetString(),
            When("variables"),
            When("operation-name")?.GetString(),
            When("validate-query") is not { ValueKind: JsonValueKind.False });

        var then = test.GetProperty("then");
        var assertions = then.ValueKind == JsonValueKind.Array ? then.EnumerateArray().ToList() : new List<JsonElement> { then };
        return assertions.SelectMany(a => Check(a, response)).ToList();
    }

    private static IEnumerable<string> Check(JsonElement assertion, JsonNode response)
    {
        var errors = response["errors"]?.AsArray() ?? new JsonArray();
        if (assertion.TryGetProperty("data", out var data))
        {
            var expected = Canonical(JsonNode.Parse(data.GetRawText()));
            var actual = Canonical(response["data"]);
            if (expected != actual)
            {
                yield return $"data: expected {expected}, got {actual}";
            }
        }
        else if (assertion.TryGetProperty("error-count", out var count))
        {
            if (errors.Count != count.GetInt32())
            {
                yield return $"error-count: expected {count.GetInt32()}, got {errors.Count}: {errors.ToJsonString()}";
            }
        }
        else if (assertion.TryGetProperty("error", out _) || assertion.TryGetProperty("error-code", out _) || assertion.TryGetProperty("error-regex", out _))
        {
            var location = assertion.TryGetProperty("loc", out var loc) ? Locations(loc) : null;
            if (!errors.Any(e => location is null || Locations(e!["locations"]) == location))
            {
                yield return $"no error at {location}: {errors.ToJsonString()}";
            }
        }
        else if (assertion.TryGetProperty("exception", out _))
        {
            if (errors.Count == 0 || response["data"] is not null)
            {
                yield return $"expected a request error without data, got {response.ToJsonString()}";
            }
        }
        else if (assertion.TryGetProperty("passes", out var passes))
        {
            if (passes.GetBoolean() != (errors.Count == 0))
            {
                yield return $"passes={passes.GetBoolean()} but errors={errors.ToJsonString()}";
            }
        }
        else
        {
            yield return "unknown assertion " + assertion.GetRawText();
        }
    }

    private static string Locations(JsonElement loc)
    {
        var items = loc.ValueKind == JsonValueKind.Array && loc.GetArrayLength() > 0 && loc[0].ValueKind != JsonValueKind.Number
            ? loc.EnumerateArray().ToList()
            : new List<JsonElement> { loc };
        return string.Join(",", items.Select(l => l.ValueKind == JsonValueKind.Array ? $"{l[0]}:{l[1]}" : $"{l.GetProperty("line")}:{l.GetProperty("column")}"));
    }

    private static string Locations(JsonNode? locations) =>
        string.Join(",", (locations?.AsArray() ?? new JsonArray()).Select(l => $"{l!["line"]}:{l["column"]}"));

    private static string Canonical(JsonNode? node) => node switch
    {
        JsonObject obj => "{" + string.Join(",", obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => JsonSerializer.Serialize(p.Key) + ":" + Canonical(p.Value))) + "}",
        JsonArray array => "[" + string.Join(",", array.Select(Canonical)) + "]",
        null => "null",
        _ => node.ToJsonString(),
    };
}
