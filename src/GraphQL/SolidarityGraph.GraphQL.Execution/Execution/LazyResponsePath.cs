using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>
/// The response path of a position, kept as its parent's path and its key until someone needs it: an error, a
/// resolver that reads <see cref="IResolverContext.Path"/>, or a position below. Most positions are leaves that
/// complete without error and never build one (the execution benchmarks measure the difference).
/// </summary>
internal readonly struct LazyResponsePath
{
    private readonly ResponsePath? _parent;
    private readonly string? _key;
    private readonly int _index;

    /// <summary>The field <paramref name="responseKey"/> below <paramref name="parent"/> (none for a root field).</summary>
    public LazyResponsePath(ResponsePath? parent, string responseKey)
    {
        _parent = parent;
        _key = responseKey;
        _index = 0;
    }

    /// <summary>The item <paramref name="index"/> of the list at <paramref name="list"/>.</summary>
    public LazyResponsePath(ResponsePath list, int index)
    {
        _parent = list;
        _key = null;
        _index = index;
    }

    public ResponsePath Build() =>
        _key is null ? _parent!.Append(_index)
        : _parent is null ? ResponsePath.Root(_key)
        : _parent.Append(_key);
}
