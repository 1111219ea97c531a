using BenchmarkDotNet.Attributes;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.Benchmarks.Language;

/// <summary>Prints an already parsed document.</summary>
[MemoryDiagnoser]
public class PrinterBenchmarks
{
    private DocumentNode _document = null!;

    [ParamsSource(nameof(Documents))]
    public string Document { get; set; } = BenchmarkDocuments.KitchenSinkQuery;

    public static IEnumerable<string> Documents => BenchmarkDocuments.Names;

    [GlobalSetup]
    public void Setup() => _document = Parser.Parse(BenchmarkDocuments.Get(Document));

    [Benchmark]
    public string Print() => Printer.Print(_document);
}
