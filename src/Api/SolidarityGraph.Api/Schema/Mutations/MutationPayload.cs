namespace SolidarityGraph.Api.Schema.Mutations;

/// <summary>
/// The runtime value of every <c>{Field}Payload</c>: the result on success, the typed errors otherwise (never both).
/// <see cref="Errors"/> is null on success, as in Hot Chocolate's mutation conventions.
/// </summary>
/// <param name="Result">The changed node (for deletions: as it was before).</param>
/// <param name="Errors">The typed errors; null when the mutation succeeded.</param>
public sealed record MutationPayload(object? Result, IReadOnlyList<IMutationError>? Errors)
{
    /// <summary>A successful payload.</summary>
    public static MutationPayload Success(object? result) => new(result, null);

    /// <summary>A failed payload.</summary>
    public static MutationPayload Failure(params IMutationError[] errors) => new(null, errors);
}
