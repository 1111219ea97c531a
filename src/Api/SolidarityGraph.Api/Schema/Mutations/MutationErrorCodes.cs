namespace SolidarityGraph.Api.Schema.Mutations;

/// <summary>
/// Codes of typed mutation errors that are not domain rule codes (those come from <c>DomainErrorCodes</c>,
/// <c>DeletionGuard</c>, <c>SourceText</c> …). Stable: never renamed in patch releases.
/// </summary>
public static class MutationErrorCodes
{
    /// <summary>A <see cref="NotFoundError"/>: the node does not exist.</summary>
    public const string NotFound = "NOT_FOUND";
}
