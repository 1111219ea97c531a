using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Privacy;

namespace SolidarityGraph.Domain.Persistence.Auditing;

/// <summary>What a save attempted to do to one entity.</summary>
public enum AuditAction
{
    /// <summary>The entity was added.</summary>
    Created,

    /// <summary>Fields of the entity changed.</summary>
    Updated,

    /// <summary>The entity was removed.</summary>
    Deleted,
}

/// <summary>How the attempt ended.</summary>
public enum AuditOutcome
{
    /// <summary>The change was saved.</summary>
    Succeeded,

    /// <summary>Rejected because someone else changed the entity first (optimistic concurrency).</summary>
    Conflict,

    /// <summary>Rejected by the database for another reason (constraint, I/O …).</summary>
    Failed,
}

/// <summary>
/// One row of the append-only audit trail: who tried to change which entity, from what to what, and whether it
/// was saved. Internal workflow data (DOMAIN.md §4.2 class I); the journal follows TransforMap's "every edit
/// appends a version" idea (DOMAIN.md §2).
/// </summary>
[Privacy(PrivacyClass.I)]
public sealed class AuditEntry
{
    private AuditEntry()
    {
        Id = Actor = EntityType = EntityId = string.Empty;
    }

    internal AuditEntry(DateTime timestampUtc, string actor, string entityType, string entityId, AuditAction action,
        string? before, string? after)
    {
        Id = Common.EntityId.New(timestampUtc);
        Timestamp = timestampUtc;
        Actor = actor;
        EntityType = entityType;
        EntityId = entityId;
        Action = action;
        Before = before;
        After = after;
        Outcome = AuditOutcome.Succeeded;
    }

    /// <summary>ULID of the entry (time-ordered).</summary>
    public string Id { get; private set; }

    /// <summary>When the attempt happened (UTC).</summary>
    public DateTime Timestamp { get; private set; }

    /// <summary>Who made it (user name, client id or <c>system</c>).</summary>
    public string Actor { get; private set; }

    /// <summary>Entity class name, e.g. <c>Project</c>.</summary>
    public string EntityType { get; private set; }

    /// <summary>Id of the entity.</summary>
    public string EntityId { get; private set; }

    /// <summary>Created, updated or deleted.</summary>
    public AuditAction Action { get; private set; }

    /// <summary>The values as loaded before the change (JSON); null for creations.</summary>
    public string? Before { get; private set; }

    /// <summary>The values the change wanted to store (JSON); null for deletions.</summary>
    public string? After { get; private set; }

    /// <summary>Whether the attempt was saved.</summary>
    public AuditOutcome Outcome { get; private set; }

    internal void MarkRejected(AuditOutcome outcome, DateTime timestampUtc)
    {
        Id = Common.EntityId.New(timestampUtc);
        Outcome = outcome;
        Timestamp = timestampUtc;
    }
}
