using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text;
using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Tests.Conformance;
using SolidarityGraph.Testing;
using Xunit.Abstractions;

namespace SolidarityGraph.GraphQL.Tests.Language;

/// <summary>
/// Parses and prints every corpus document with our engine and with graphql-js 17.1.0, and requires the same
/// outcome: both accept and print identical text, or both reject at the same line and column (and, as a
/// separate goal, with the same message).
/// </summary>
public sealed class ParserDifferentialTests
{
    private const int ShownDisagreements = 20;
    private readonly ITestOutputHelper _output;

    public ParserDifferentialTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void ParseAndPrintAgreeWithGraphQLJs()
    {
        var comparison = Compare();
        if (comparison is null)
        {
            return;
        }

        Assert.True(
            comparison.Disagreements.Count == 0,
            $"{comparison.Disagreements.Count} of {comparison.Total} documents disagree with graphql-js (first {ShownDisagreements}):\n\n"
            + Describe(comparison.Disagreements));
    }

    [Fact]
    public void SyntaxErrorMessagesMatchGraphQLJs()
    {
        var comparison = Compare();
        if (comparison is null)
        {
            return;
        }

        Assert.True(
            comparison.MessageMismatches.Count == 0,
            $"{comparison.MessageMismatches.Count} of {comparison.BothFailed} rejected documents fail at the same place with another message (first {ShownDisagreements}):\n\n"
            + Describe(comparison.MessageMismatches));
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

        var comparison = SharedComparison.Value;
        Assert.Equal("17.1.0", comparison.GraphQLVersion);
        _output.WriteLine($"graphql-js {comparison.GraphQLVersion}; {comparison.Total} distinct documents "
            + $"({comparison.Corpus.ExcludedCases} '{ConformanceCorpus.ExcludedCategory}' validation cases excluded, "
            + $"{comparison.Corpus.ExcludedOnlyDocuments} documents found only there)");
        _output.WriteLine($"agreement: {comparison.Total - comparison.Disagreements.Count}/{comparison.Total} "
            + $"({100.0 * (comparison.Total - comparison.Disagreements.Count) / comparison.Total:F1}%); "
            + $"printed identically {comparison.BothPrinted}, rejected at the same place {comparison.BothFailed}, "
            + $"of those with another message {comparison.MessageMismatches.Count}");
        _output.WriteLine($"full report: {comparison.ReportPath}");
        return comparison;
    }

    private static readonly Lazy<Comparison> SharedComparison = new(Run);

    private static Comparison Run()
    {
        var corpus = ConformanceCorpus.Load();
        var sources = corpus.Entries.Select(e => e.Source).ToArray();
        var expected = NodeOracle.Run("parse-print.mjs", sources, out var version);

        var disagreements = new List<Outcome>();
        var messageMismatches = new List<Outcome>();
        int bothPrinted = 0, bothFailed = 0;
        var index = 0;
        foreach (var js in expected.EnumerateArray())
        {
            var entry = corpus.Entries[index++];
            var ours = ParseAndPrint(entry.Source);
            var oracle = new Result(
                js.GetProperty("ok").GetBoolean(),
                js.TryGetProperty("printed", out var printed) ? printed.GetString() : null,
                js.TryGetProperty("message", out var message) ? message.GetString() : null,
                js.TryGetProperty("line", out var line) && line.ValueKind == JsonValueKind.Number ? line.GetInt32() : 0,
                js.TryGetProperty("column", out var column) && column.ValueKind == JsonValueKind.Number ? column.GetInt32() : 0);
            var outcome = new Outcome(entry, oracle, ours);

            if (oracle.Ok && ours.Ok && oracle.Printed == ours.Printed)
            {
                bothPrinted++;
            }
            else if (!oracle.Ok && !ours.Ok && oracle.Line == ours.Line && oracle.Column == ours.Column)
            {
                bothFailed++;
                if (oracle.Message != ours.Message)
                {
                    messageMismatches.Add(outcome);
                }
            }
            else
            {
                disagreements.Add(outcome);
            }
        }

        var comparison = new Comparison(corpus, version, disagreements, messageMismatches, bothPrinted, bothFailed, WriteReport(disagreements, messageMismatches));
        return comparison;
    }

    private static Result ParseAndPrint(string source)
    {
        try
        {
            return new Result(true, Printer.Print(Parser.Parse(source)), null, 0, 0);
        }
        catch (GraphQLSyntaxException e)
        {
            return new Result(false, null, e.Error.Message, e.Line, e.Column);
        }
        catch (Exception e)
        {
            return new Result(false, null, $"{e.GetType().Name}: {e.Message}", -1, -1);
        }
    }

    /// <summary>Writes every disagreement to <c>artifacts/conformance/</c> (git-ignored) for whoever fixes them.</summary>
    private static string WriteReport(IReadOnlyList<Outcome> disagreements, IReadOnlyList<Outcome> messageMismatches)
    {
        var folder = Path.Combine(RepositoryPaths.RepositoryRoot, "artifacts", "conformance");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "parser-disagreements.txt");
        var text = new StringBuilder()
            .Append("# Parse/print disagreements with graphql-js: ").Append(disagreements.Count).Append('\n')
            .Append(Describe(disagreements, int.MaxValue))
            .Append("\n# Same error location, different message: ").Append(messageMismatches.Count).Append('\n')
            .Append(Describe(messageMismatches, int.MaxValue));
        File.WriteAllText(path, text.ToString());
        return path;
    }

    private static string Describe(IReadOnlyList<Outcome> outcomes, int limit = ShownDisagreements)
    {
        var text = new StringBuilder();
        foreach (var outcome in outcomes.Take(limit))
        {
            text.Append("--- ").Append(outcome.Entry.Origin).Append('\n')
                .Append("document:   ").Append(Quote(outcome.Entry.Source, 400)).Append('\n')
                .Append("graphql-js: ").Append(outcome.Expected.Describe()).Append('\n')
                .Append("ours:       ").Append(outcome.Actual.Describe()).Append('\n');
        }

        return text.ToString();
    }

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Quote(string text, int max) =>
        JsonSerializer.Serialize(text.Length > max ? text.Substring(0, max) + "…" : text, Readable);

    private sealed record Result(bool Ok, string? Printed, string? Message, int Line, int Column)
    {
        public string Describe() => Ok
            ? "printed " + Quote(Printed ?? "", 2000)
            : $"error at {Line}:{Column}: {Message}";
    }

    private sealed record Outcome(CorpusEntry Entry, Result Expected, Result Actual);

    private sealed record Comparison(
        ConformanceCorpus Corpus,
        string GraphQLVersion,
        IReadOnlyList<Outcome> Disagreements,
        IReadOnlyList<Outcome> MessageMismatches,
        int BothPrinted,
        int BothFailed,
        string ReportPath)
    {
        public int Total => Corpus.Entries.Count;
    }
}
