using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence.Auditing;

namespace SolidarityGraph.Domain.Persistence;

public sealed partial class SolidarityGraphDbContext
{
    /// <summary>
    /// Saves all changes with their audit entries in one transaction. A citation quoting a known person's name unmarked
    /// is refused first (<see cref="SolidarityGraph.Domain.Sources.CitationPrivacy.QuoteNamesPerson"/>), before anything is written. A stale edit throws
    /// <see cref="ConcurrencyConflictException"/> and nothing of the attempt is stored except its audit entries
    /// (outcome <see cref="AuditOutcome.Conflict"/>); any other database failure is audited as
    /// <see cref="AuditOutcome.Failed"/> and rethrown unchanged.
    /// </summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseUnmarkedPersonNames();
        var pending = PrepareSave(DateTime.UtcNow);
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            AuditWriter.Insert(this, Reject(pending, AuditOutcome.Conflict));
            throw Conflict(ex);
        }
        catch (DbUpdateException)
        {
            AuditWriter.Insert(this, Reject(pending, AuditOutcome.Failed));
            throw;
        }
    }

    /// <inheritdoc cref="SaveChanges(bool)" />
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await RefuseUnmarkedPersonNamesAsync(cancellationToken).ConfigureAwait(false);
        var pending = PrepareSave(DateTime.UtcNow);
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            await AuditWriter.InsertAsync(this, Reject(pending, AuditOutcome.Conflict), cancellationToken).ConfigureAwait(false);
            throw Conflict(ex);
        }
        catch (DbUpdateException)
        {
            await AuditWriter.InsertAsync(this, Reject(pending, AuditOutcome.Failed), cancellationToken).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Records a change to data kept outside this model (partner applications live in the Identity store) in the same
    /// audit trail, by <see cref="Actor"/>; stored by the next <c>SaveChanges</c>. The values must hold no secret.
    /// </summary>
    public void AddAuditEntry(string entityType, string entityId, AuditAction action, string? before, string? after) =>
        AuditEntries.Add(new AuditEntry(DateTime.UtcNow, string.IsNullOrWhiteSpace(Actor) ? "system" : Actor, entityType, entityId, action, before, after));

    private List<AuditEntry> PrepareSave(DateTime now)
    {
        ChangeTracker.DetectChanges();
        var owners = OwnersOfChangedOwnedValues();
        var changed = ChangeTracker.Entries<EntityBase>()
            .Where(e => IsChanged(e) || owners.Contains(e.Entity))
            .ToList();

        var audit = new List<AuditEntry>(changed.Count);
        foreach (var entry in changed)
        {
            Stamp(entry, now);
            audit.Add(Describe(entry, now));
        }

        AuditEntries.AddRange(audit);
        return audit;
    }

    // Editing only an owned value (a budget's amount, an external id) leaves the owner Unchanged in EF's eyes;
    // its version must still move, or two such edits could overwrite each other.
    private HashSet<EntityBase> OwnersOfChangedOwnedValues()
    {
        var owners = new HashSet<EntityBase>(ReferenceEqualityComparer.Instance);
        foreach (var owned in ChangeTracker.Entries().Where(e => e.Metadata.IsOwned() && IsChanged(e)))
        {
            if (FindRootOwner(owned) is { } owner)
            {
                owners.Add(owner);
            }
        }

        return owners;
    }

    private EntityBase? FindRootOwner(EntityEntry owned)
    {
        var entry = owned;
        while (entry.Metadata.IsOwned())
        {
            var ownership = entry.Metadata.FindOwnership()!;
            var key = ownership.Properties.Select(p => entry.Property(p.Name).CurrentValue ?? entry.Property(p.Name).OriginalValue).ToArray();
            var principal = ChangeTracker.Entries()
                .FirstOrDefault(e => e.Metadata == ownership.PrincipalEntityType
                    && ownership.PrincipalKey.Properties.Select(p => e.Property(p.Name).CurrentValue).SequenceEqual(key));
            if (principal is null)
            {
                return null;
            }

            entry = principal;
        }

        return entry.Entity as EntityBase;
    }

    private static bool IsChanged(EntityEntry entry) => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted;

    private static void Stamp(EntityEntry<EntityBase> entry, DateTime now)
    {
        switch (entry.State)
        {
            case EntityState.Added:
                entry.Property(e => e.Version).CurrentValue = 1;
                entry.Property(e => e.CreatedAt).CurrentValue = now;
                entry.Property(e => e.UpdatedAt).CurrentValue = now;
                break;
            case EntityState.Deleted:
                break; // the loaded version still guards the DELETE
            default:
                // OriginalValue stays the loaded version, which is what the UPDATE's WHERE clause compares against.
                entry.Property(e => e.Version).CurrentValue = entry.Property(e => e.Version).OriginalValue + 1;
                entry.Property(e => e.UpdatedAt).CurrentValue = now;
                break;
        }
    }

    private AuditEntry Describe(EntityEntry<EntityBase> entry, DateTime now)
    {
        var action = entry.State switch
        {
            EntityState.Added => AuditAction.Created,
            EntityState.Deleted => AuditAction.Deleted,
            _ => AuditAction.Updated,
        };

        return new AuditEntry(
            now,
            string.IsNullOrWhiteSpace(Actor) ? "system" : Actor,
            entry.Metadata.ClrType.Name,
            entry.Entity.Id,
            action,
            action == AuditAction.Created ? null : AuditSnapshot.Serialize(entry, original: true),
            action == AuditAction.Deleted ? null : AuditSnapshot.Serialize(entry, original: false));
    }

    // The failed attempt's audit rows are still tracked as Added; take them out and re-stamp them for the
    // separate insert that records the outcome.
    private List<AuditEntry> Reject(List<AuditEntry> pending, AuditOutcome outcome)
    {
        var now = DateTime.UtcNow;
        foreach (var entry in pending)
        {
            Entry(entry).State = EntityState.Detached;
            entry.MarkRejected(outcome, now);
        }

        return pending;
    }

    // Owned values (a citation's subject, say) are part of their owner's row, which is named already.
    private static ConcurrencyConflictException Conflict(DbUpdateConcurrencyException ex) =>
        new(ex.Entries.Where(e => !e.Metadata.IsOwned())
            .Select(e => e.Entity is EntityBase b ? $"{e.Metadata.ClrType.Name} {b.Id}" : e.Metadata.DisplayName()).Distinct().ToArray(), ex);
}
