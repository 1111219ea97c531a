namespace SolidarityGraph.GraphQL.Pipeline;

/// <summary>
/// Stable <c>extensions.code</c> values of the request pipeline's own errors. Parse errors use
/// <see cref="Errors.ErrorCodes"/>, validation errors <see cref="Errors.ValidationErrorCodes"/> and execution errors
/// <see cref="Execution.ExecutionErrorCodes"/>. A code never changes meaning or spelling in a patch release.
/// </summary>
public static class RequestErrorCodes
{
    /// <summary>The request carries no document text (GraphQL over HTTP: the <c>query</c> parameter is missing).</summary>
    public const string QueryMissing = "GRAPHQL_QUERY_MISSING";

    /// <summary>The request ran longer than <see cref="RequestExecutorOptions.ExecutionTimeout"/> and was stopped.</summary>
    public const string ExecutionTimeout = "GRAPHQL_EXECUTION_TIMEOUT";

    /// <summary>The operation type is not allowed for this request, e.g. a mutation sent with HTTP GET.</summary>
    public const string OperationNotAllowed = "GRAPHQL_OPERATION_NOT_ALLOWED";

    /// <summary>Fields nest deeper than <see cref="OperationLimits.MaxFieldDepth"/>.</summary>
    public const string MaxFieldDepth = "GRAPHQL_MAX_FIELD_DEPTH";

    /// <summary>The operation selects more fields than <see cref="OperationLimits.MaxFields"/> (fragments expanded).</summary>
    public const string MaxFields = "GRAPHQL_MAX_FIELDS";

    /// <summary>The operation uses more aliases than <see cref="OperationLimits.MaxAliases"/> (fragments expanded).</summary>
    public const string MaxAliases = "GRAPHQL_MAX_ALIASES";

    /// <summary>
    /// The operation's static cost is above the caller's maximum (<see cref="CostOptions.MaxCost"/> by default);
    /// <c>extensions.cost</c> and <c>extensions.maximumCost</c> carry both numbers.
    /// </summary>
    public const string MaxCost = "GRAPHQL_MAX_COST";

    /// <summary>The caller has spent its budget or sent too many requests; nothing executed (HTTP 429 with <c>Retry-After</c>).</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>No trusted document has the requested <c>documentId</c>.</summary>
    public const string PersistedDocumentNotFound = "PERSISTED_DOCUMENT_NOT_FOUND";

    /// <summary>The caller may run trusted documents only, and the request carries a document text instead of a <c>documentId</c>.</summary>
    public const string PersistedDocumentRequired = "PERSISTED_DOCUMENT_REQUIRED";

    /// <summary>The pipeline failed unexpectedly; <c>extensions.correlationId</c> ties the error to the log.</summary>
    public const string UnexpectedError = Execution.ExecutionErrorCodes.UnexpectedExecutionError;
}
