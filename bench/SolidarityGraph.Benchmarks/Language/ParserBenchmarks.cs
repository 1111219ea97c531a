using BenchmarkDotNet.Attributes;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.Benchmarks.Language;

/// <summary>Parses a document from a string and from UTF-8 bytes; the kitchen-sink goal is ≤ 34 KB allocated.</summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private string _text = "";
    private byte[] _utf8 = Array.Empty<byte>();

    [ParamsSource(nameof(Documents))]
    public string Document { get; set; } = BenchmarkDocuments.KitchenSinkQuery;

    public static IEnumerable<string> Documents => BenchmarkDocuments.Names;

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkDocuments.Get(Document);
        _utf8 = BenchmarkDocuments.GetUtf8(Document);
    }

    [Benchmark(Baseline = true)]
    public DocumentNode ParseString() => Parser.Parse(_text);

    [Benchmark]
    public DocumentNode ParseUtf8() => Parser.Parse(_utf8);
}
