using System.Buffers;
using System.Text.Json;
using SolidarityGraph.GraphQL.Execution;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Pipeline;

namespace SolidarityGraph.Benchmarks.Execution;

/// <summary>The execution and pipeline cases for <c>--cpu-time … execution</c> (<see cref="CpuTimeRunner"/>).</summary>
internal static class ExecutionCases
{
    /// <summary>Q2 with a unique trailing comment per request (<c>bench/scenario/queries/Q6.json</c>).</summary>
    public const string ColdDocument = "Q6-cold";

    public static IEnumerable<(string Operation, string Document, Func<object> Run)> Create()
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        var writer = new Utf8JsonWriter(buffer, ResultWriter.Options());
        foreach (var name in ExecutionWorkload.Names)
        {
            var schema = ExecutionWorkload.SchemaOf(name);
            var document = ExecutionWorkload.ParseValid(name);
            var executor = new RequestExecutor(schema, ExecutionWorkload.PipelineOptions());
            var body = ExecutionWorkload.RequestBodyOf(name);
            PipelineBenchmarks.Run(executor, body, buffer, writer);
            ExecutionWorkload.CheckResponse(name, buffer.WrittenSpan);
            yield return ("Execute", name, () => ExecutionBenchmarks.Run(Executor.ExecuteAsync(new ExecutionRequest(schema, document))));
            yield return ("ExecuteAndWrite", name, () =>
                ExecutionWorkload.Write(ExecutionBenchmarks.Run(Executor.ExecuteAsync(new ExecutionRequest(schema, document))), buffer, writer));
            yield return ("FullPipeline", name, () => PipelineBenchmarks.Run(executor, body, buffer, writer));
        }

        // Q6 of the HTTP benchmark: Q2 as a document never seen before, on one executor whose cache fills as in production.
        var coldExecutor = new RequestExecutor(ExecutionWorkload.SchemaOf(ExecutionWorkload.AuthorsBooksLoaders), ExecutionWorkload.PipelineOptions());
        var coldBody = new ColdDocumentBody(ExecutionWorkload.QueryOf(ExecutionWorkload.AuthorsBooksLoaders));
        PipelineBenchmarks.Run(coldExecutor, coldBody.Next(), buffer, writer);
        ExecutionWorkload.CheckResponse(ExecutionWorkload.AuthorsBooksLoaders, buffer.WrittenSpan);
        yield return ("FullPipeline", ColdDocument, () => PipelineBenchmarks.Run(coldExecutor, coldBody.Next(), buffer, writer));

        // What a cold document pays before execution, phase by phase (the public ones).
        var coldSchema = ExecutionWorkload.SchemaOf(ExecutionWorkload.AuthorsBooksLoaders);
        var coldText = ExecutionWorkload.QueryOf(ExecutionWorkload.AuthorsBooksLoaders) + " #1234567890";
        var coldDocument = Parser.Parse(coldText);
        yield return ("Parse", ColdDocument, () => Parser.Parse(coldText));
        yield return ("ParseExecute", ColdDocument, () => ExecutionBenchmarks.Run(Executor.ExecuteAsync(new ExecutionRequest(coldSchema, Parser.Parse(coldText)))));
        yield return ("Validate", ColdDocument, () => DocumentValidator.Validate(coldSchema, coldDocument, SpecifiedRules.Executable));
    }
}
