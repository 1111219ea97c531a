using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SolidarityGraph.Testing;

namespace SolidarityGraph.Client.Generator.Tests;

/// <summary>Drives <see cref="ClientGenerator"/> with <see cref="CSharpGeneratorDriver"/> over in-memory additional files.</summary>
internal static class GeneratorHarness
{
    public const string ProjectFolder = "/consumer";

    public const string Config = """
        { "schema": "schema.graphql", "documents": "**/*.graphql",
          "extensions": { "strawberryShake": { "name": "PartnerClient", "namespace": "Partner.GraphQL" } } }
        """;

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    /// <summary>The repository's <c>schema.graphql</c>.</summary>
    public static string RepositorySchema => File.ReadAllText(Path.Combine(RepositoryPaths.RepositoryRoot, "schema.graphql"));

    /// <summary>
    /// How a consumer with <c>GenerateDocumentationFile</c> parses its sources (and the generated ones): documentation
    /// comments are checked, so a public generated member without one fails the build (missing XML comment; warnings are errors).
    /// </summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview, DocumentationMode.Diagnose);

    /// <summary>A compilation named <c>Consumer</c> with nullable enabled, referencing the runtime and the BCL.</summary>
    public static CSharpCompilation Compilation(params string[] sources) => CSharpCompilation.Create(
        "Consumer",
        sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
        References.Value,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Error));

    /// <summary>Files under <see cref="ProjectFolder"/>: name → text.</summary>
    public static ImmutableArray<AdditionalText> Files(IEnumerable<(string Name, string Text)> files) =>
        files.Select(f => (AdditionalText)new InMemoryText($"{ProjectFolder}/{f.Name}", f.Text)).ToImmutableArray();

    public static GeneratorDriver Driver(ImmutableArray<AdditionalText> files, bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            new[] { new ClientGenerator().AsSourceGenerator() },
            files,
            ParseOptions,
            optionsProvider: null,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator over <paramref name="config"/>, <paramref name="schema"/> and the documents.</summary>
    public static GeneratorRunResult Run(string config, string schema, params (string Name, string Text)[] documents)
    {
        var driver = Driver(Files(config, schema, documents)).RunGenerators(Compilation());
        return driver.GetRunResult().Results.Single();
    }

    /// <summary>The configuration, schema and documents as additional files.</summary>
    public static ImmutableArray<AdditionalText> Files(string config, string schema, IEnumerable<(string Name, string Text)> documents) =>
        Files(new[] { (".graphqlrc.json", config), ("schema.graphql", schema) }.Concat(documents));

    /// <summary>Generates, then compiles the output against the runtime; returns every diagnostic (warnings are errors).</summary>
    public static IReadOnlyList<Diagnostic> CompileGenerated(string config, string schema, params (string Name, string Text)[] documents)
    {
        Driver(Files(config, schema, documents)).RunGeneratorsAndUpdateCompilation(Compilation(), out var output, out var generatorDiagnostics);
        return generatorDiagnostics.Concat(output.GetDiagnostics()).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
    }

    /// <summary>Generated sources joined in hint-name order, each under a <c>// ---- name</c> line (for snapshots).</summary>
    public static string Print(GeneratorRunResult result) => string.Join(
        "\n",
        result.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => $"// ---- {s.HintName}\n{s.SourceText}"));

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var runtime = typeof(SolidarityGraph.Client.IOperationResult<>).Assembly.Location;
        return platform.Append(runtime).Distinct().Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
