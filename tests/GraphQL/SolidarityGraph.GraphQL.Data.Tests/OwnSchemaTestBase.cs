using System.Text.Json;
using SolidarityGraph.GraphQL.Data.Tests.TestModel;
using SolidarityGraph.GraphQL.Execution;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Data.Tests;

/// <summary>Tests with a schema of their own over a seeded database of their own, recording the SQL each operation sends.</summary>
public abstract class OwnSchemaTestBase(Schema schema) : IDisposable
{
    protected TestDatabase Database { get; } = new();

    public void Dispose()
    {
        Database.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Runs <paramref name="query"/>; the result and the statements it sent.</summary>
    protected Task<(ExecutionResult Result, IReadOnlyList<string> Sql)> ExecuteAsync(string query) => ExecuteAsync(Parser.Parse(query));

    /// <summary>Runs a parsed <paramref name="document"/> with <paramref name="variables"/> (one document run several times, as the document cache does).</summary>
    protected async Task<(ExecutionResult Result, IReadOnlyList<string> Sql)> ExecuteAsync(DocumentNode document, IReadOnlyDictionary<string, object?>? variables = null)
    {
        using var db = Database.CreateContext();
        Database.Recorder.Clear();
        var request = new ExecutionRequest(schema, document) { Services = new Services(db), Variables = variables };
        var result = await Executor.ExecuteAsync(request);
        return (result, Database.Recorder.Commands);
    }

    /// <summary>Runs <paramref name="query"/>, fails on errors; the data and the statements it sent.</summary>
    protected async Task<(JsonElement Data, IReadOnlyList<string> Sql)> RunAsync(string query)
    {
        var (result, sql) = await ExecuteAsync(query);
        var json = ResultWriter.ToJson(result);
        Assert.True(result.Errors.Count == 0, json);
        return (JsonDocument.Parse(json).RootElement.GetProperty("data"), sql);
    }

    private sealed class Services(TestDb db) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(TestDb) ? db : null;
    }
}
