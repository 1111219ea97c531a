using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>
/// The response path of a position, kept as its place in the result tree (entry <c>index</c> of a
/// <see cref="ResultMap"/> or <see cref="ResultList"/>, whose own slots lead up to the root) until someone needs it:
/// an error, or a resolver that reads <see cref="IResolverContext.Path"/>. Most positions never build one, so the tree
/// holds no path objects at all (the execution benchmarks measure the difference).
/// </summary>
internal readonly struct LazyResponsePath
{
    // The map or list whose entry this is (an IResultNode), or the path of a list of leaves (such lists have no node):
    // one field for both keeps the struct at 16 bytes, which the completion functions pass in registers.
    private readonly object? _parent;
    private readonly int _index;

    /// <summary>Entry <paramref name="index"/> of <paramref name="owner"/>: a field of a map, or an item of a list.</summary>
    public LazyResponsePath(IResultNode owner, int index)
    {
        _parent = owner;
        _index = index;
    }

    /// <summary>The item <paramref name="index"/> of a list of leaves at <paramref name="list"/> (such lists have no node).</summary>
    public LazyResponsePath(ResponsePath list, int index)
    {
        _parent = list;
        _index = index;
    }

    /// <summary>The map or list whose entry this is (none for an item of a list of leaves).</summary>
    public IResultNode? Owner => _parent as IResultNode;

    /// <summary>The entry's position in <see cref="Owner"/>.</summary>
    public int Index => _index;

    public ResponsePath Build() => _parent is ResponsePath list ? list.Append(_index) : Build((IResultNode)_parent!, _index);

    private static ResponsePath Build(IResultNode owner, int index)
    {
        var slot = owner.Slot;
        var parent = slot.Owner is null ? null : Build(slot.Owner, slot.Index);
        if (owner is ResultMap map)
        {
            var key = map.KeyAt(index);
            return parent is null ? ResponsePath.Root(key) : parent.Append(key);
        }

        return parent!.Append(index);
    }
}
