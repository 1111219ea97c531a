using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SolidarityGraph.Client.Generator.Tests;

/// <summary>Editing one document regenerates only that document (Roslyn's incremental step tracking).</summary>
public sealed class IncrementalTests
{
    [Fact]
    public void EditingOneDocumentRegeneratesOnlyThatDocument()
    {
        var files = GeneratorHarness.Files(Corpus.Config, Corpus.Schema, new[] { Corpus.Document("Paging"), Corpus.Document("Scalars") });
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(files, trackSteps: true).RunGenerators(compilation);

        var paging = files.Single(f => f.Path.EndsWith("Paging.graphql", StringComparison.Ordinal));
        var edited = new EditedText(paging.Path, paging.GetText()!.ToString().Replace("totalCount", "totalCount\n    pageInfo { hasNextPage }", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(paging, edited).RunGenerators(compilation);

        var steps = driver.GetRunResult().Results.Single().TrackedSteps[ClientGenerator.DocumentStep];
        var reasons = steps.SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(2, reasons.Count);
        Assert.Single(reasons, IncrementalStepRunReason.Modified);
        Assert.Single(reasons, r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void RunningAgainWithoutEditsRegeneratesNothing()
    {
        var files = GeneratorHarness.Files(Corpus.Config, Corpus.Schema, new[] { Corpus.Document("Paging"), Corpus.Document("Scalars") });
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(files, trackSteps: true).RunGenerators(compilation).RunGenerators(compilation);

        var result = driver.GetRunResult().Results.Single();
        var outputs = result.TrackedSteps[ClientGenerator.DocumentStep].Concat(result.TrackedSteps[ClientGenerator.ClientStep]).SelectMany(s => s.Outputs);
        Assert.All(outputs, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    private sealed class EditedText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
