using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Persistence;

/// <summary>
/// Edits that state which version they were based on: a form or a mutation carries the <see cref="EntityBase.Version"/>
/// it showed, and saving compares against that, not against whatever the current request happened to load.
/// </summary>
public static class VersionedEdits
{
    /// <summary>
    /// Loads <typeparamref name="T"/> by id for an edit based on <paramref name="expectedVersion"/>. Returns null when
    /// the row does not exist; throws <see cref="ConcurrencyConflictException"/> when the row has moved on already.
    /// Otherwise the loaded entity's original version is the expected one, so a change saved by someone else between
    /// now and <c>SaveChanges</c> is still caught by the version check in the UPDATE or DELETE.
    /// </summary>
    public static async Task<T?> FindForEditAsync<T>(this SolidarityGraphDbContext db, string id, long expectedVersion,
        CancellationToken cancellationToken = default)
        where T : EntityBase
    {
        ArgumentNullException.ThrowIfNull(db);
        var entity = await db.Set<T>().SingleOrDefaultAsync(e => e.Id == id, cancellationToken).ConfigureAwait(false);
        if (entity is null)
        {
            return null;
        }

        if (entity.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException([$"{typeof(T).Name} {id}"]);
        }

        db.Entry(entity).Property(e => e.Version).OriginalValue = expectedVersion;
        return entity;
    }
}
