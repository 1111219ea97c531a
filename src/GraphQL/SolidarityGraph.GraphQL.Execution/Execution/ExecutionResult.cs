using SolidarityGraph.GraphQL.Errors;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>
/// The response of one execution (spec §7.1 Response Format). A request error (no operation, invalid variables)
/// leaves <see cref="HasData"/> false, so the serialized response has no <c>data</c> entry at all (§7.1.1); a
/// non-null violation that reaches the root gives <c>data: null</c>.
/// </summary>
public sealed class ExecutionResult
{
    private ExecutionResult(bool hasData, ResultMap? data, IReadOnlyList<GraphQLError> errors)
    {
        HasData = hasData;
        Data = data;
        Errors = errors;
    }

    /// <summary>Whether execution started, i.e. the response carries a <c>data</c> entry (possibly <c>null</c>).</summary>
    public bool HasData { get; }

    /// <summary>The data, or <see langword="null"/> (request error, or a root field's non-null violation).</summary>
    public ResultMap? Data { get; }

    /// <summary>Request or field errors in the order they were raised; empty when none.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>
    /// The response's <c>extensions</c> entry (spec §7.1: reserved for implementors, e.g. the operation cost), or
    /// <see langword="null"/> for none. Pipeline phases add to it after execution.
    /// </summary>
    public IDictionary<string, object?>? Extensions { get; set; }

    /// <summary>A result of request errors only (§6.1: the request failed before execution started).</summary>
    public static ExecutionResult FromRequestErrors(IReadOnlyList<GraphQLError> errors) =>
        new(false, null, errors ?? throw new ArgumentNullException(nameof(errors)));

    /// <summary>A result of an executed operation.</summary>
    public static ExecutionResult FromData(ResultMap? data, IReadOnlyList<GraphQLError> errors) =>
        new(true, data, errors ?? throw new ArgumentNullException(nameof(errors)));
}
