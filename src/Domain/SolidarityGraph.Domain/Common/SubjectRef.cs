namespace SolidarityGraph.Domain.Common;

/// <summary>
/// A typed pointer to any node or edge. Citations and classifications attach to "exactly one subject"
/// (DOMAIN.md §4.3), which one (kind, id) pair expresses without a nullable foreign key per entity type.
/// </summary>
public sealed record SubjectRef
{
    /// <summary>Creates a reference; the id must be a valid <see cref="EntityId"/>.</summary>
    public SubjectRef(NodeKind kind, string id)
    {
        Kind = kind;
        Id = Guard.RequiredId(id, "Subject id");
    }

    /// <summary>The kind of the referenced entity.</summary>
    public NodeKind Kind { get; private set; }

    /// <summary>The id of the referenced entity.</summary>
    public string Id { get; private set; }

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {Id}";
}
