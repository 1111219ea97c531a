namespace SolidarityGraph.GraphQL.Types.Resolvers;

/// <summary>
/// An immutable response path (spec §7.1.2 "path"): a linked list from the leaf back to the root, so appending a
/// segment allocates one node and never copies.
/// </summary>
public sealed class ResponsePath
{
    /// <summary>The common list indexes, boxed once: a list of objects builds one path per item.</summary>
    private static readonly object[] BoxedIndexes = Enumerable.Range(0, 256).Select(index => (object)index).ToArray();

    private ResponsePath(ResponsePath? parent, object key, int depth)
    {
        Parent = parent;
        Key = key;
        Depth = depth;
    }

    /// <summary>The enclosing path, or <see langword="null"/> for a root field.</summary>
    public ResponsePath? Parent { get; }

    /// <summary>The segment: a response key (<see cref="string"/>) or a list index (<see cref="int"/>).</summary>
    public object Key { get; }

    /// <summary>The number of segments.</summary>
    public int Depth { get; }

    /// <summary>A path of one response key.</summary>
    public static ResponsePath Root(string responseKey) => new(null, responseKey, 1);

    /// <summary>This path extended by a response key.</summary>
    public ResponsePath Append(string responseKey) => new(this, responseKey, Depth + 1);

    /// <summary>This path extended by a list index.</summary>
    public ResponsePath Append(int index) =>
        new(this, index >= 0 && index < BoxedIndexes.Length ? BoxedIndexes[index] : index, Depth + 1);

    /// <summary>The segments from the root to this node, as reported in errors.</summary>
    public IReadOnlyList<object> ToList()
    {
        var segments = new object[Depth];
        for (var node = this; node is not null; node = node.Parent)
        {
            segments[node.Depth - 1] = node.Key;
        }

        return segments;
    }

    /// <inheritdoc/>
    public override string ToString() => string.Join(".", ToList());
}
