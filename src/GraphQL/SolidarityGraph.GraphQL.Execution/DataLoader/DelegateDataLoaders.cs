namespace SolidarityGraph.GraphQL.DataLoader;

/// <summary>A <see cref="BatchDataLoader{TKey, TValue}"/> defined by a function over a state it keeps (<c>context.BatchLoader(...)</c>; a function without state is its own state).</summary>
internal sealed class DelegateBatchDataLoader<TKey, TValue, TState>(
    string name,
    TState state,
    Func<TState, IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
    DataLoaderOptions? options)
    : BatchDataLoader<TKey, TValue>(options)
    where TKey : notnull
{
    public override string Name => name;

    protected override Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        fetch(state, keys, cancellationToken);
}

/// <summary>A <see cref="GroupedDataLoader{TKey, TValue}"/> defined by a function over a state it keeps (<c>context.GroupLoader(...)</c>; a function without state is its own state).</summary>
internal sealed class DelegateGroupedDataLoader<TKey, TValue, TState>(
    string name,
    TState state,
    Func<TState, IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> fetch,
    DataLoaderOptions? options)
    : GroupedDataLoader<TKey, TValue>(options)
    where TKey : notnull
{
    public override string Name => name;

    protected override Task<ILookup<TKey, TValue>> LoadGroupedBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        fetch(state, keys, cancellationToken);
}

/// <summary>A <see cref="CacheDataLoader{TKey, TValue}"/> defined by a function (<c>context.CacheLoader(...)</c>).</summary>
internal sealed class DelegateCacheDataLoader<TKey, TValue>(
    string name,
    Func<TKey, CancellationToken, Task<TValue>> fetch,
    DataLoaderOptions? options)
    : CacheDataLoader<TKey, TValue>(options)
    where TKey : notnull
{
    public override string Name => name;

    protected override Task<TValue> LoadSingleAsync(TKey key, CancellationToken cancellationToken) => fetch(key, cancellationToken);
}
