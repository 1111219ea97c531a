using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using SolidarityGraph.GraphQL.Execution;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.Benchmarks.Execution;

/// <summary>
/// Executes an already parsed and validated document (<c>Executor.ExecuteAsync</c>), alone, and together with
/// writing the response to a reused buffer (<c>ResultWriter</c>); <c>Write</c> is the writer alone. Targets
/// (PERFORMANCE.md §6): three fields ≤ 3 KB allocated, introspection ≤ 19 KB.
/// </summary>
[MemoryDiagnoser]
public class ExecutionBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private Utf8JsonWriter _writer = null!;
    private Schema _schema = null!;
    private DocumentNode _document = null!;
    private ExecutionResult _result = null!;

    [ParamsSource(nameof(Documents))]
    public string Document { get; set; } = ExecutionWorkload.ThreeFields;

    public static IEnumerable<string> Documents => ExecutionWorkload.Names;

    [GlobalSetup]
    public void Setup()
    {
        _schema = ExecutionWorkload.SchemaOf(Document);
        _document = ExecutionWorkload.ParseValid(Document);
        _writer = new Utf8JsonWriter(_buffer, ResultWriter.Options());
        _result = Execute();
        ExecutionWorkload.Write(_result, _buffer, _writer);
        ExecutionWorkload.CheckResponse(Document, _buffer.WrittenSpan);
    }

    [GlobalCleanup]
    public void Cleanup() => _writer.Dispose();

    [Benchmark(Baseline = true)]
    public ExecutionResult Execute() => Run(Executor.ExecuteAsync(new ExecutionRequest(_schema, _document)));

    [Benchmark]
    public int ExecuteAndWrite() => ExecutionWorkload.Write(Execute(), _buffer, _writer);

    [Benchmark]
    public int Write() => ExecutionWorkload.Write(_result, _buffer, _writer);

    /// <summary>Every resolver here completes synchronously; the task only blocks if that ever changes.</summary>
    internal static T Run<T>(ValueTask<T> task) => task.IsCompletedSuccessfully ? task.Result : task.AsTask().GetAwaiter().GetResult();
}
