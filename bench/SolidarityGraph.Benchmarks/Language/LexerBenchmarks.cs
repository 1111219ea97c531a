using BenchmarkDotNet.Attributes;
using SolidarityGraph.GraphQL.Language;

namespace SolidarityGraph.Benchmarks.Language;

/// <summary>Reads every token of a document with <see cref="Utf8GraphQLReader"/>; the goal is 0 B allocated.</summary>
[MemoryDiagnoser]
public class LexerBenchmarks
{
    private byte[] _utf8 = Array.Empty<byte>();

    [ParamsSource(nameof(Documents))]
    public string Document { get; set; } = BenchmarkDocuments.KitchenSinkQuery;

    public static IEnumerable<string> Documents => BenchmarkDocuments.Names;

    [GlobalSetup]
    public void Setup() => _utf8 = BenchmarkDocuments.GetUtf8(Document);

    [Benchmark]
    public int Lex()
    {
        var reader = new Utf8GraphQLReader(_utf8);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }
}
