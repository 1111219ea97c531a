namespace SolidarityGraph.GraphQL.Pipeline;

/// <summary>
/// One GraphQL request as a transport hands it over (GraphQL over HTTP: <c>query</c>, <c>operationName</c>,
/// <c>variables</c>, <c>extensions</c>), plus what the transport decides about it.
/// </summary>
public sealed class GraphQLRequest
{
    /// <summary>Creates a request for the document text <paramref name="query"/>.</summary>
    public GraphQLRequest(string? query) => Query = query;

    /// <summary>The document text; <see langword="null"/> when the transport received none (a request error).</summary>
    public string? Query { get; }

    /// <summary>
    /// The trusted document to run instead of <see cref="Query"/> (GraphQL over HTTP persisted documents:
    /// <c>sha256:&lt;hex&gt;</c>), looked up in the <see cref="IPersistedDocumentStore"/> among the request services.
    /// </summary>
    public string? DocumentId { get; init; }

    /// <summary>Adds <c>extensions.cost</c> to this response even when <see cref="CostOptions.ReportInExtensions"/> is off.</summary>
    public bool ReportCost { get; init; }

    /// <summary>The operation to run; required when the document holds several.</summary>
    public string? OperationName { get; init; }

    /// <summary>Raw variable values (CLR values or <see cref="System.Text.Json.JsonElement"/>s), coerced at execution.</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>The request's <c>extensions</c> map, kept for middlewares that understand it; ignored otherwise.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>
    /// The operation types this request may run. GraphQL over HTTP allows only queries over GET, so the HTTP
    /// transport narrows this for GET requests; a disallowed operation fails with
    /// <see cref="RequestErrorCodes.OperationNotAllowed"/>.
    /// </summary>
    public AllowedOperations AllowedOperations { get; init; } = AllowedOperations.All;

    /// <summary>Request-scoped services handed to resolvers.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>Request-scoped state shared by all resolvers (for example the authenticated user).</summary>
    public IDictionary<string, object?>? ContextData { get; init; }
}

/// <summary>Operation types a request may run.</summary>
[Flags]
public enum AllowedOperations
{
    /// <summary>No operation at all.</summary>
    None = 0,

    /// <summary><c>query</c> operations: the only ones GraphQL over HTTP lets a GET request run.</summary>
    Query = 1,

    /// <summary><c>mutation</c> operations, which may change data, so never over GET.</summary>
    Mutation = 2,

    /// <summary>Subscriptions (not executed by this version; see ARCHITECTURE.md §3 principle 13).</summary>
    Subscription = 4,

    /// <summary>Every operation type.</summary>
    All = Query | Mutation | Subscription,
}
