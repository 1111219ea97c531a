using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Utilities;
using SolidarityGraph.GraphQL.Validation;

namespace SolidarityGraph.GraphQL.Execution.Tests.Execution;

/// <summary>Builds a schema from SDL, validates the query and executes it; responses are compared as JSON text.</summary>
internal static class ExecutionHarness
{
    public static Schema Schema(string sdl, SchemaBuildOptions? options = null)
    {
        var schema = SchemaBuilder.Build(sdl, options);
        Assert.Empty(schema.ValidationErrors);
        return schema;
    }

    public static Task<ExecutionResult> RunAsync(
        Schema schema,
        string query,
        object? root = null,
        IReadOnlyDictionary<string, object?>? variables = null,
        string? operationName = null,
        ExecutionOptions? options = null,
        bool validate = true,
        CancellationToken cancellationToken = default)
    {
        var document = Parser.Parse(query);
        if (validate)
        {
            Assert.Empty(DocumentValidator.Validate(schema, document));
        }

        return Executor.ExecuteAsync(new ExecutionRequest(schema, document)
        {
            RootValue = root,
            Variables = variables,
            OperationName = operationName,
            Options = options ?? ExecutionOptions.Default,
            CancellationToken = cancellationToken,
        }).AsTask();
    }

    public static async Task<string> JsonAsync(
        string sdl,
        string query,
        object? root = null,
        IReadOnlyDictionary<string, object?>? variables = null,
        string? operationName = null,
        SchemaBuildOptions? options = null,
        bool validate = true) =>
        ResultWriter.ToJson(await RunAsync(Schema(sdl, options), query, root, variables, operationName, validate: validate));

    /// <summary>A dictionary literal for root values and variables.</summary>
    public static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
}
