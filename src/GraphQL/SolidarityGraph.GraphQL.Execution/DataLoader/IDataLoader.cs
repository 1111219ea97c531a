namespace SolidarityGraph.GraphQL.DataLoader;

/// <summary>A request-scoped DataLoader: what every loader reports, whatever its key and value types.</summary>
public interface IDataLoader
{
    /// <summary>The loader's name (the class name, or the name given to a delegate loader).</summary>
    string Name { get; }

    /// <summary>How many times the batch function ran (one per batch; for a cache loader, one per key).</summary>
    int BatchCount { get; }

    /// <summary>How many keys the batch function was given in total.</summary>
    int KeyCount { get; }

    /// <summary>Forgets the cached values and errors; keys being fetched are not affected.</summary>
    void Clear();
}

/// <summary>Loads values by key; keys requested while the request is busy are fetched together in the next round.</summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value a key resolves to.</typeparam>
public interface IDataLoader<TKey, TValue> : IDataLoader
    where TKey : notnull
{
    /// <summary>The value of <paramref name="key"/>; faults with the key's error when its fetch failed.</summary>
    Task<TValue> LoadAsync(TKey key);

    /// <summary>The values of <paramref name="keys"/>, in order; faults with the first error among them.</summary>
    Task<IReadOnlyList<TValue>> LoadAsync(IEnumerable<TKey> keys);
}
