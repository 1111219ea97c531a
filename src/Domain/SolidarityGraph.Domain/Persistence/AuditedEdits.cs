using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Persistence;

/// <summary>
/// Edits based on a stated version (the one a form or a mutation showed) whose staleness is decided by the save
/// itself, so every refused attempt lands in the audit trail with outcome <see cref="Auditing.AuditOutcome.Conflict"/>.
/// The admin pages and the GraphQL mutations both edit through it.
/// </summary>
public static class AuditedEdits
{
    /// <summary>
    /// Loads <typeparamref name="T"/> by id for an edit (or a removal) based on <paramref name="expectedVersion"/>, or
    /// returns null when it does not exist. The entity is marked modified with <paramref name="expectedVersion"/> as
    /// its original version, so <c>SaveChanges</c> always issues the version-checked UPDATE (also when the edit
    /// changes nothing) and throws <see cref="ConcurrencyConflictException"/> when the row has moved on.
    /// </summary>
    public static async Task<T?> LoadForEditAsync<T>(this SolidarityGraphDbContext db, string id, long expectedVersion,
        CancellationToken cancellationToken = default)
        where T : EntityBase
    {
        ArgumentNullException.ThrowIfNull(db);
        var entity = await db.Set<T>().SingleOrDefaultAsync(e => e.Id == id, cancellationToken).ConfigureAwait(false);
        if (entity is null)
        {
            return null;
        }

        var entry = db.Entry(entity);
        entry.State = EntityState.Modified;
        entry.Property(e => e.Version).OriginalValue = expectedVersion;
        return entity;
    }
}
