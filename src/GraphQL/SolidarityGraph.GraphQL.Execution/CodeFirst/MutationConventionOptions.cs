using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.CodeFirst;

/// <summary>What <see cref="MutationConventionExtensions.UseMutationConventions"/> generates and how it runs a mutation.</summary>
public sealed class MutationConventionOptions
{
    /// <summary>The object types every mutation's <c>{Field}Error</c> union holds, by name; they must be registered.</summary>
    public IReadOnlyList<string> ErrorTypes { get; init; } = [];

    /// <summary>More error types for one field (e.g. a conflict error for fields with a <c>version</c> argument), by name.</summary>
    public Func<OutputField, IEnumerable<string>>? ErrorTypesOf { get; init; }

    /// <summary>
    /// Runs one mutation: calls the resolver (its context presents the input's fields as the field's arguments) and
    /// returns the payload, e.g. <see cref="MutationPayload.Failure"/> with the typed errors a refused change maps to.
    /// When not set, the resolver's value is the payload's result and exceptions are GraphQL errors.
    /// </summary>
    public Func<IResolverContext, FieldResolver, ValueTask<MutationPayload>>? Execute { get; init; }
}

/// <summary>
/// The runtime value of every <c>{Field}Payload</c>: the result on success, the typed errors otherwise (never both).
/// <see cref="Errors"/> is null on success, as in Hot Chocolate's mutation conventions.
/// </summary>
/// <param name="Result">The changed node (for deletions: as it was before).</param>
/// <param name="Errors">The typed errors, values of the error union's types; null when the mutation succeeded.</param>
public sealed record MutationPayload(object? Result, IReadOnlyList<object>? Errors)
{
    /// <summary>A successful payload.</summary>
    public static MutationPayload Success(object? result) => new(result, null);

    /// <summary>A failed payload.</summary>
    public static MutationPayload Failure(params object[] errors) => new(null, errors);
}
