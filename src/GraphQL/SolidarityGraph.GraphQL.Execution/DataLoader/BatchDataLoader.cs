namespace SolidarityGraph.GraphQL.DataLoader;

/// <summary>
/// Loads one value per key, many keys per call (PARITY.md §4). Derive from it and implement
/// <see cref="LoadBatchAsync"/>; a key missing from the result resolves to <see langword="null"/> (default).
/// </summary>
/// <remarks>
/// The batch function runs while every resolver of the request is parked, one batch at a time, so it may use the
/// request's <c>DbContext</c>; a context created from <c>IDbContextFactory</c> per batch is still the recommended
/// shape (it never shares change tracking with resolvers).
/// </remarks>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public abstract class BatchDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue?>
    where TKey : notnull
{
    /// <summary>Creates the loader.</summary>
    protected BatchDataLoader(DataLoaderOptions? options = null)
        : base(options)
    {
    }

    /// <summary>
    /// Fetches the values of <paramref name="keys"/> (distinct, at most <see cref="DataLoaderOptions.MaxBatchSize"/>).
    /// Throwing fails every key of the batch; return a <see cref="BatchResults{TKey, TValue}"/> to fail single keys.
    /// </summary>
    /// <param name="keys">The keys; do not keep the list after the call.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private protected sealed override async Task<Func<TKey, KeyOutcome>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var values = await LoadBatchAsync(keys, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"The DataLoader {Name} returned no result.");
        var results = values as BatchResults<TKey, TValue>;
        return key => results is not null && results.TryGetError(key, out var error)
            ? new KeyOutcome(default, error)
            : new KeyOutcome(values.TryGetValue(key, out var value) ? value : default, null);
    }
}
