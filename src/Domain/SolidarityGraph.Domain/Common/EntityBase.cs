namespace SolidarityGraph.Domain.Common;

/// <summary>
/// Base of every stored node and edge: a ULID <see cref="Id"/>, timestamps and an optimistic-concurrency
/// <see cref="Version"/>. Timestamps and version are maintained by the persistence layer on save, never by callers.
/// </summary>
public abstract class EntityBase
{
    /// <summary>
    /// The internal ULID (see <see cref="EntityId"/>). A new entity draws it on first read; an entity read from the
    /// database gets the stored one (EF Core and projections write the backing field while materialising), so reading
    /// rows draws no ids.
    /// </summary>
    public string Id
    {
        get => field ?? Interlocked.CompareExchange(ref field, EntityId.New(), null) ?? field;
        private set;
    }

    /// <summary>When the row was first saved (UTC).</summary>
    public DateTime CreatedAt { get; private set; }

    /// <summary>When the row was last saved (UTC).</summary>
    public DateTime UpdatedAt { get; private set; }

    /// <summary>
    /// Concurrency token: 1 on insert, incremented on every saved change. An update whose loaded version is no longer
    /// current is rejected with <see cref="ConcurrencyConflictException"/>.
    /// </summary>
    public long Version { get; private set; }

    /// <summary>Which kind of node this is, for <see cref="SubjectRef"/>.</summary>
    public abstract NodeKind NodeKind { get; }

    /// <summary>A reference to this entity as a citation/classification subject.</summary>
    public SubjectRef AsSubject() => new(NodeKind, Id);

    /// <summary>
    /// Replaces the generated id before the entity is first saved, e.g. with <see cref="EntityId.FromKey"/> so
    /// seeded rows keep the same id across runs.
    /// </summary>
    public void AssignId(string id)
    {
        if (CreatedAt != default)
        {
            throw new DomainException(DomainErrorCodes.InvalidId, $"{NodeKind} {Id} is already saved; its id cannot change.");
        }

        Id = Guard.RequiredId(id, "Id");
    }
}
