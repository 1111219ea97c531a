using SolidarityGraph.GraphQL.DataLoader;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>The inputs of spec §6.1 ExecuteRequest: schema, document, operation name, raw variables and root value.</summary>
public sealed class ExecutionRequest
{
    /// <summary>Creates a request.</summary>
    public ExecutionRequest(Schema schema, DocumentNode document)
    {
        Schema = schema ?? throw new ArgumentNullException(nameof(schema));
        Document = document ?? throw new ArgumentNullException(nameof(document));
    }

    /// <summary>The schema to execute against; it must be valid.</summary>
    public Schema Schema { get; }

    /// <summary>The parsed (and normally validated) document.</summary>
    public DocumentNode Document { get; }

    /// <summary>The operation to run; required when the document holds several.</summary>
    public string? OperationName { get; init; }

    /// <summary>
    /// Raw variable values as read from the transport: CLR values (string, bool, numbers, lists, dictionaries) or
    /// <see cref="System.Text.Json.JsonElement"/>s; coerced by CoerceVariableValues (§6.1.2).
    /// </summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>The initial value of the root operation type.</summary>
    public object? RootValue { get; init; }

    /// <summary>Request-scoped services handed to resolvers.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>Cancels execution; observed between fields and handed to resolvers.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>Replaces the default field resolver for fields without their own resolver (graphql-js <c>fieldResolver</c>).</summary>
    public FieldResolver? FieldResolver { get; init; }

    /// <summary>Replaces the default type resolver for abstract types without their own (graphql-js <c>typeResolver</c>).</summary>
    public TypeResolver? TypeResolver { get; init; }

    /// <summary>Request-scoped state shared by all resolvers.</summary>
    public IDictionary<string, object?>? ContextData { get; init; }

    /// <summary>
    /// The request's DataLoaders; the executor creates a fresh scope when not set. Pass one to read its counters
    /// afterwards; a scope serves one request.
    /// </summary>
    public DataLoaderScope? DataLoaders { get; init; }

    /// <summary>Execution options; <see cref="ExecutionOptions.Default"/> when not set.</summary>
    public ExecutionOptions Options { get; init; } = ExecutionOptions.Default;
}

/// <summary>Options of the executor.</summary>
public sealed class ExecutionOptions
{
    /// <summary>The defaults: exception details hidden, at most 50 variable coercion errors.</summary>
    public static ExecutionOptions Default { get; } = new();

    /// <summary>
    /// Adds the exception type, message and stack trace of unexpected errors to <c>extensions.exception</c>.
    /// Development only (PARITY.md §5): the message of an unexpected exception may leak internals.
    /// </summary>
    public bool IncludeExceptionDetails { get; init; }

    /// <summary>Stops variable coercion after this many errors (graphql-js <c>maxCoercionErrors</c>, 50).</summary>
    public int MaxCoercionErrors { get; init; } = 50;

    /// <summary>Leaves "Did you mean …?" suggestions out of coercion error messages.</summary>
    public bool HideSuggestions { get; init; }

    /// <summary>Called for every unexpected exception with the correlation id reported to the client, e.g. to log it.</summary>
    public Action<Exception, string>? OnUnexpectedError { get; init; }
}
