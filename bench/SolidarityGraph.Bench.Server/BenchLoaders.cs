namespace SolidarityGraph.Bench.Server;

/// <summary>What the resolvers need from a DataLoader: one value per key, fetched in batches.</summary>
internal interface IBatchLoader<TKey, TValue>
    where TKey : notnull
{
    ValueTask<TValue> LoadAsync(TKey key, CancellationToken cancellationToken);
}

/// <summary>
/// The request-scoped loaders of the benchmark: books by author and reviews by book. Every batch-function call
/// counts as one loader ("SQL") call in <c>/__stats</c>, like the Node peers' DataLoaders.
/// </summary>
internal sealed class BenchLoaders(BenchData data)
{
    private static readonly IReadOnlyList<Book> NoBooks = [];
    private static readonly IReadOnlyList<Review> NoReviews = [];

    public IBatchLoader<string, IReadOnlyList<Book>> BooksByAuthor { get; } =
        new InterimLoader<string, IReadOnlyList<Book>>(key => data.BooksByAuthorId.GetValueOrDefault(key, NoBooks));

    public IBatchLoader<string, IReadOnlyList<Review>> ReviewsByBook { get; } =
        new InterimLoader<string, IReadOnlyList<Review>>(key => data.ReviewsByBookId.GetValueOrDefault(key, NoReviews));
}

/// <summary>
/// INTERIM, to be replaced by the engine's DataLoader (src/GraphQL/SolidarityGraph.GraphQL.Execution/DataLoader/,
/// not written yet). It caches per request but does not batch: every new key is its own batch-function call, so
/// the loader-calls column shows the naive N+1 count (Q2: 20, Q3: 80) until the real loader lands. Batching needs
/// the executor's cooperation because it awaits fields one at a time (Execution/ExecutionModel.md).
/// </summary>
internal sealed class InterimLoader<TKey, TValue>(Func<TKey, TValue> fetchOne) : IBatchLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _cache = [];

    public ValueTask<TValue> LoadAsync(TKey key, CancellationToken cancellationToken)
    {
        if (!_cache.TryGetValue(key, out var value))
        {
            BenchStats.CountLoaderCall();
            _cache[key] = value = fetchOne(key);
        }

        return new ValueTask<TValue>(value);
    }
}
