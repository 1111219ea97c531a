using SolidarityGraph.GraphQL.Data.Building;

namespace SolidarityGraph.GraphQL.Data.Projections;

/// <summary>Where a projected row keeps what: sort key values first, then one slot per child (and its count).</summary>
internal sealed class RowLayout
{
    /// <summary>Slots <c>0 … SortSlots-1</c> hold the sort key values of the row's list (for cursors).</summary>
    public int SortSlots { get; init; }

    public List<ChildSlot> Children { get; } = new();

    /// <summary>Children read by a follow-up query instead (see <see cref="DeferredLevel"/>).</summary>
    public DeferredLevel? Deferred { get; set; }
}

/// <summary>A child's slot; <see cref="Items"/> is the layout of its rows, <see cref="CountSlot"/> is -1 without a count.</summary>
internal sealed record ChildSlot(ChildPlan Child, int Slot, RowLayout Items, int CountSlot);

/// <summary>
/// Collections below a paged nested list. EF Core (still in 10.0) cannot translate a nested <c>Take</c> that itself
/// contains a collection on SQLite, which has no <c>CROSS APPLY</c>/<c>LATERAL</c>, so these are read by one more query
/// per level: the level's entities by key (reached from the root query through <see cref="Path"/>) with their collections.
/// </summary>
internal sealed class DeferredLevel(IReadOnlyList<EntityMember> path, EntityProjection projection)
{
    /// <summary>The navigations from the root entity to this level's entity.</summary>
    public IReadOnlyList<EntityMember> Path { get; } = path;

    /// <summary>The key and the deferred children.</summary>
    public EntityProjection Projection { get; } = projection;

    /// <summary>The projected entities waiting for their children, by key.</summary>
    public Dictionary<object, List<object>> Targets { get; } = new();
}
