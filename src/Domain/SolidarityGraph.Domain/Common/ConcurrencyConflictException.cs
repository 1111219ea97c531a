namespace SolidarityGraph.Domain.Common;

/// <summary>
/// Raised when an edit was based on a version of an aggregate that someone else has changed meanwhile.
/// The edit was not saved; the caller should reload and decide again (we never silently overwrite).
/// </summary>
public sealed class ConcurrencyConflictException : DomainException
{
    /// <summary>Creates a conflict for the given aggregates.</summary>
    public ConcurrencyConflictException(IReadOnlyList<string> conflictingEntities, Exception? innerException = null)
        : base(DomainErrorCodes.ConcurrencyConflict, BuildMessage(conflictingEntities), innerException)
    {
        ConflictingEntities = conflictingEntities;
    }

    /// <summary>The conflicting aggregates as <c>Type Id</c> pairs, e.g. <c>Project 01J…</c>.</summary>
    public IReadOnlyList<string> ConflictingEntities { get; }

    private static string BuildMessage(IReadOnlyList<string> entities) =>
        entities.Count == 0
            ? "The record was changed by someone else since it was loaded; reload it and apply your edit again."
            : $"{string.Join(", ", entities)} was changed by someone else since it was loaded; reload it and apply your edit again.";
}
