using System.Text.Json;
using SolidarityGraph.GraphQL.Data.Tests.TestModel;
using SolidarityGraph.GraphQL.Execution;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Data.Tests;

/// <summary>One seeded SQLite database and one schema per test class.</summary>
public sealed class DataFixture : IDisposable
{
    public TestDatabase Database { get; } = new();

    public Schema Schema { get; } = TestSchema.Create();

    public void Dispose() => Database.Dispose();
}

/// <summary>Runs operations through the executor with a fresh <see cref="TestDb"/> and records the SQL sent.</summary>
public abstract class DataTestBase(DataFixture fixture) : IClassFixture<DataFixture>
{
    protected DataFixture Fixture => fixture;

    /// <summary>The SQL statements of the last <see cref="RunAsync"/>.</summary>
    protected IReadOnlyList<string> Sql { get; private set; } = Array.Empty<string>();

    protected Task<ExecutionResult> RunAsync(string query, IReadOnlyDictionary<string, object?>? variables = null, object? authorizer = null) =>
        RunAsync(Parser.Parse(query), variables, authorizer);

    /// <summary>Runs a parsed <paramref name="document"/>: running one several times is what the executor's document cache does.</summary>
    protected async Task<ExecutionResult> RunAsync(
        DocumentNode document,
        IReadOnlyDictionary<string, object?>? variables = null,
        object? authorizer = null,
        IListQueryCompiler? compiler = null,
        IDictionary<string, object?>? contextData = null)
    {
        using var db = fixture.Database.CreateContext();
        lock (fixture.Database.Recorder)
        {
            fixture.Database.Recorder.Clear();
        }

        var request = new ExecutionRequest(fixture.Schema, document)
        {
            Services = new Services(db, authorizer, compiler),
            Variables = variables,
            ContextData = contextData,
        };
        var result = await Executor.ExecuteAsync(request);
        Sql = fixture.Database.Recorder.Commands;
        return result;
    }

    protected async Task<string> JsonAsync(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var result = await RunAsync(query, variables);
        return ResultWriter.ToJson(result, indented: true);
    }

    /// <summary>The data of a successful result; fails with the errors otherwise.</summary>
    protected Task<JsonElement> DataAsync(string query, IReadOnlyDictionary<string, object?>? variables = null) =>
        DataAsync(Parser.Parse(query), variables);

    /// <summary>The data of a successful result of a parsed <paramref name="document"/>; fails with the errors otherwise.</summary>
    protected async Task<JsonElement> DataAsync(DocumentNode document, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var result = await RunAsync(document, variables);
        var json = ResultWriter.ToJson(result);
        Assert.True(result.Errors.Count == 0, json);
        return JsonDocument.Parse(json).RootElement.GetProperty("data");
    }

    protected static List<int> Ids(JsonElement connection, string list = "nodes") =>
        connection.GetProperty(list).EnumerateArray().Select(n => n.GetProperty("id").GetInt32()).ToList();

    private sealed class Services(TestDb db, object? authorizer, IListQueryCompiler? compiler) : IServiceProvider
    {
        public object? GetService(Type serviceType) =>
            serviceType == typeof(TestDb) ? db
            : serviceType == typeof(IDataFieldAuthorizer) ? authorizer
            : serviceType == typeof(IListQueryCompiler) ? compiler
            : null;
    }
}
