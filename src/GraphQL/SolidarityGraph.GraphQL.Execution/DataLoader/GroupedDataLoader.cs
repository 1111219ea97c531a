namespace SolidarityGraph.GraphQL.DataLoader;

/// <summary>
/// Loads the many values of each key, many keys per call (a one-to-many relation, PARITY.md §4). Derive from it and
/// implement <see cref="LoadGroupedBatchAsync"/>; a key without values resolves to an empty array.
/// </summary>
/// <typeparam name="TKey">The key type (for example the parent's id).</typeparam>
/// <typeparam name="TValue">The value type (for example the child entity).</typeparam>
public abstract class GroupedDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue[]>
    where TKey : notnull
{
    /// <summary>Creates the loader.</summary>
    protected GroupedDataLoader(DataLoaderOptions? options = null)
        : base(options)
    {
    }

    /// <summary>Fetches the values of <paramref name="keys"/>, grouped by key; throwing fails every key of the batch.</summary>
    /// <param name="keys">The keys (distinct); do not keep the list after the call.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    protected abstract Task<ILookup<TKey, TValue>> LoadGroupedBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private protected sealed override async Task<Func<TKey, KeyOutcome>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var groups = await LoadGroupedBatchAsync(keys, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"The DataLoader {Name} returned no result.");
        return key => new KeyOutcome(groups[key].ToArray(), null);
    }
}
