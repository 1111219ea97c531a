using System.Text.Json.Nodes;
using System.Text.Json;
using System.Text.RegularExpressions;
using SolidarityGraph.GraphQL.Execution.Tests.Conformance;
using SolidarityGraph.Testing;
using Xunit.Abstractions;

namespace SolidarityGraph.GraphQL.Execution.Tests.Execution;

/// <summary>
/// Runs our execution corpus (<c>tests/conformance/cases/execution/*.json</c>) through the engine and through
/// graphql-js 17.1.0 (the shared <c>oracle.mjs</c>), and scores them with the shared <c>compare.mjs</c>: data
/// deep-equal including key order, errors as a multiset of (path, locations).
/// </summary>
public sealed class ExecutionDifferentialTests
{
    private readonly ITestOutputHelper _output;

    public ExecutionDifferentialTests(ITestOutputHelper output) => _output = output;

    public static string CasesFolder => Path.Combine(NodeScripts.ConformanceFolder, "cases", "execution");

    public static JsonArray LoadCases()
    {
        var all = new JsonArray();
        foreach (var file in Directory.GetFiles(CasesFolder, "*.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            foreach (var item in JsonNode.Parse(File.ReadAllText(file))!.AsArray())
            {
                all.Add(item!.DeepClone());
            }
        }

        return all;
    }

    [Fact]
    public void CorpusCoversTheAreasWithUniqueIds()
    {
        var cases = LoadCases();
        var ids = cases.Select(c => (string)c!["id"]!).ToList();
        Assert.True(cases.Count >= 60, $"only {cases.Count} cases");
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var groups = ids.Select(id => id.Split('.')[1]).ToHashSet();
        foreach (var group in new[] { "scalars", "objects", "nonnull", "errors", "fragments", "directives", "variables", "operations", "introspection" })
        {
            Assert.Contains(group, groups);
        }
    }

    [Fact]
    public async Task EngineAgreesWithGraphQLJsOnTheExecutionCorpus()
    {
        if (!Prerequisite.Require(NodeScripts.Unavailable() is null, NodeScripts.Unavailable() ?? "", _output))
        {
            return;
        }

        var cases = LoadCases().ToJsonString();
        var expected = NodeScripts.Node(["run-shared.mjs", "oracle.mjs"], cases);
        var actual = await EngineRunner.RunAsync(cases);
        var report = Compare(cases, expected, actual);
        _output.WriteLine(report);

        var match = Regex.Match(report, @"agreement: (\d+)/(\d+)");
        Assert.True(match.Success, report);
        Assert.True(match.Groups[1].Value == match.Groups[2].Value, report);
    }

    /// <summary>Runs the shared compare.mjs on three temporary files and returns its report.</summary>
    public static string Compare(string cases, string expected, string actual)
    {
        var folder = Directory.CreateTempSubdirectory("sg-exec-diff-");
        try
        {
            var files = new[] { "cases.json", "expected.json", "actual.json" }.Select(name => Path.Combine(folder.FullName, name)).ToArray();
            File.WriteAllText(files[0], cases);
            File.WriteAllText(files[1], expected);
            File.WriteAllText(files[2], actual);
            var compare = Path.Combine(NodeScripts.SharedConformanceFolder, "compare.mjs");
            return NodeScripts.Node([compare, files[0], files[1], files[2], "--show", "20"], "");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
