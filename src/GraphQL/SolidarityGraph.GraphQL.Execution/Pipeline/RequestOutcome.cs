namespace SolidarityGraph.GraphQL.Pipeline;

/// <summary>How a request ended; transports map it to their own status (PARITY.md §7 for HTTP).</summary>
public enum RequestOutcome
{
    /// <summary>The pipeline has not produced a result yet.</summary>
    Pending,

    /// <summary>The operation executed: the result has a <c>data</c> entry (possibly null) and maybe field errors.</summary>
    Executed,

    /// <summary>
    /// A request error before execution: parse, validation, variable coercion, operation selection or an operation
    /// limit. The result has <c>errors</c> and no <c>data</c> entry.
    /// </summary>
    RequestError,

    /// <summary>The operation type is not allowed for this request (a mutation over GET).</summary>
    OperationNotAllowed,

    /// <summary>The request exceeded <see cref="RequestExecutorOptions.ExecutionTimeout"/>.</summary>
    Timeout,

    /// <summary>The caller went away (for HTTP, the client closed the connection); nobody reads the result.</summary>
    Cancelled,

    /// <summary>
    /// The caller is over its rate limit or budget (<see cref="IRequestCostPolicy"/>); nothing executed. HTTP answers
    /// 429 Too Many Requests.
    /// </summary>
    RateLimited,

    /// <summary>The pipeline itself failed unexpectedly; the error is masked and carries a correlation id.</summary>
    UnexpectedError,
}
