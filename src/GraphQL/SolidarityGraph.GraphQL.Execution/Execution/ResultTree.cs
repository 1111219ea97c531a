namespace SolidarityGraph.GraphQL.Execution;

/// <summary>
/// A container of the result tree (an object's <see cref="ResultMap"/> or a <see cref="ResultList"/> of composite
/// items) as null propagation sees it: where it sits in its parent and whether it became null.
/// </summary>
internal interface IResultNode
{
    /// <summary>The container's own position in its parent.</summary>
    ResultSlot Slot { get; }

    /// <summary>The container's position became null; work still queued for it is dropped.</summary>
    bool IsNulled { get; set; }

    /// <summary>Sets the entry at <paramref name="index"/> to null.</summary>
    void SetNull(int index);
}

/// <summary>A position in the result tree: entry <see cref="Index"/> of <see cref="Owner"/> (none for the root data).</summary>
internal readonly struct ResultSlot(IResultNode? owner, int index, bool nonNull)
{
    public IResultNode? Owner { get; } = owner;

    public int Index { get; } = index;

    /// <summary>The position's type is non-null: a null here propagates to the owner's own position.</summary>
    public bool NonNull { get; } = nonNull;

    public ResultSlot AsNonNull() => new(Owner, Index, nonNull: true);
}

/// <summary>
/// Spec §6.4.4 for values that arrive after their parent was returned (a field parked on a DataLoader, or the rest
/// of a selection set that waited for a busy resolver): the null moves up the tree through the owners' slots.
/// </summary>
internal static class NullPropagation
{
    /// <summary>A non-null entry of <paramref name="node"/> is null: so is the node's own position.</summary>
    public static void PropagateFrom(IResultNode node)
    {
        if (node.IsNulled)
        {
            return;
        }

        node.IsNulled = true;
        PropagateAbove(node);
    }

    /// <summary><paramref name="node"/> became null: nulls its position, and further up while positions are non-null.</summary>
    public static void PropagateAbove(IResultNode node)
    {
        while (node.Slot.Owner is { } owner)
        {
            if (!node.Slot.NonNull)
            {
                owner.SetNull(node.Slot.Index);
                return;
            }

            if (owner.IsNulled)
            {
                return;
            }

            owner.IsNulled = true;
            node = owner;
        }
    }
}
