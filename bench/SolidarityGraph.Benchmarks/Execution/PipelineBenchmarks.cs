using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using SolidarityGraph.GraphQL.Execution;
using SolidarityGraph.GraphQL.Pipeline;

namespace SolidarityGraph.Benchmarks.Execution;

/// <summary>
/// The whole request, UTF-8 bytes in to UTF-8 bytes out: the POST body read as the HTTP transport reads it
/// (<c>JsonDocument</c>, variables left as elements), <c>RequestExecutor</c> with its default options (document and
/// validation caches on, so repeated requests skip parsing and validation as in production), and the response written
/// to a reused buffer. HTTP itself is left out.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private Utf8JsonWriter _writer = null!;
    private RequestExecutor _executor = null!;
    private byte[] _body = Array.Empty<byte>();

    [ParamsSource(nameof(Documents))]
    public string Document { get; set; } = ExecutionWorkload.ThreeFields;

    public static IEnumerable<string> Documents => ExecutionWorkload.Names;

    [GlobalSetup]
    public void Setup()
    {
        _executor = new RequestExecutor(ExecutionWorkload.SchemaOf(Document), ExecutionWorkload.PipelineOptions());
        _body = ExecutionWorkload.RequestBodyOf(Document);
        _writer = new Utf8JsonWriter(_buffer, ResultWriter.Options());
        FullPipeline();
        ExecutionWorkload.CheckResponse(Document, _buffer.WrittenSpan);
    }

    [GlobalCleanup]
    public void Cleanup() => _writer.Dispose();

    [Benchmark]
    public int FullPipeline() => Run(_executor, _body, _buffer, _writer);

    internal static int Run(RequestExecutor executor, byte[] body, ArrayBufferWriter<byte> buffer, Utf8JsonWriter writer)
    {
        using JsonDocument json = JsonDocument.Parse(body);
        JsonElement root = json.RootElement;
        var request = new GraphQLRequest(root.GetProperty("query").GetString())
        {
            OperationName = root.TryGetProperty("operationName", out var name) ? name.GetString() : null,
            Variables = root.TryGetProperty("variables", out var variables) && variables.ValueKind == JsonValueKind.Object
                ? variables.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value, StringComparer.Ordinal)
                : null,
        };
        RequestContext context = ExecutionBenchmarks.Run(executor.ExecuteAsync(request));
        return ExecutionWorkload.Write(context.Result!, buffer, writer);
    }
}
