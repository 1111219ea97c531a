namespace SolidarityGraph.GraphQL.DataLoader;

/// <summary>
/// Loads one key per call and caches it for the request (PARITY.md §4). Fetches still wait for the request's
/// dispatch round, so they never run beside a resolver; the keys of a round are fetched one after another.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public abstract class CacheDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue>
    where TKey : notnull
{
    /// <summary>Creates the loader; <see cref="DataLoaderOptions.Caching"/> is what it is for, so it stays on.</summary>
    protected CacheDataLoader(DataLoaderOptions? options = null)
        : base(new DataLoaderOptions { MaxBatchSize = 1, Caching = options?.Caching ?? true })
    {
    }

    /// <summary>Fetches the value of one key; throwing fails that key only.</summary>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    protected abstract Task<TValue> LoadSingleAsync(TKey key, CancellationToken cancellationToken);

    private protected sealed override async Task<Func<TKey, KeyOutcome>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var value = await LoadSingleAsync(keys[0], cancellationToken).ConfigureAwait(false);
        return _ => new KeyOutcome(value, null);
    }
}
