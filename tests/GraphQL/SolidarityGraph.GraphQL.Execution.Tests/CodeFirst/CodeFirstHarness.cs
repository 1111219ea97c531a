using SolidarityGraph.GraphQL.Execution;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Validation;

namespace SolidarityGraph.GraphQL.Execution.Tests.CodeFirst;

/// <summary>Runs documents against code-first schemas: validate, execute, print the response as indented JSON.</summary>
internal static class CodeFirstHarness
{
    public static async Task<string> ExecuteAsync(
        Schema schema,
        string query,
        IReadOnlyDictionary<string, object?>? variables = null,
        IServiceProvider? services = null,
        object? rootValue = null,
        CancellationToken cancellationToken = default,
        ExecutionOptions? options = null)
    {
        var document = Parser.Parse(query);
        var errors = DocumentValidator.Validate(schema, document);
        Assert.True(errors.Count == 0, "Validation failed: " + string.Join("; ", errors.Select(e => e.Message)));
        var result = await Executor.ExecuteAsync(new ExecutionRequest(schema, document)
        {
            Variables = variables,
            Services = services,
            RootValue = rootValue,
            CancellationToken = cancellationToken,
            Options = options ?? ExecutionOptions.Default,
        });
        return ResultWriter.ToJson(result, indented: true);
    }

    /// <summary>The printed type of field <c>Type.field</c>, e.g. <c>[String!]!</c>.</summary>
    public static string FieldType(Schema schema, string coordinate)
    {
        var parts = coordinate.Split('.');
        var type = (IComplexOutputType)schema.GetType(parts[0])!;
        return type.Fields[parts[1]].Type.ToString()!;
    }
}

/// <summary>A minimal request service provider.</summary>
internal sealed class TestServices : IServiceProvider
{
    private readonly Dictionary<Type, object> _services = new();

    public TestServices Add<T>(T service)
        where T : notnull
    {
        _services[typeof(T)] = service;
        return this;
    }

    public object? GetService(Type serviceType) => _services.TryGetValue(serviceType, out var service) ? service : null;
}
