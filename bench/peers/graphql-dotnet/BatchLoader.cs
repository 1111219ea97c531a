using GraphQL.DataLoader;

namespace SolidarityGraph.Bench.GraphQLDotNet;

/// <summary>
/// A request-scoped batch DataLoader on graphql-dotnet's <see cref="IDataLoaderResult"/>: <see cref="Load"/> queues the
/// key and returns a pending result; the execution strategy asks for the results only after every other pending
/// field of the level ran, and the first ask calls the batch function once with every key queued so far (one batch
/// per tree level, like the Node peers' <c>dataloader</c>). Keys are cached per request.
/// </summary>
internal sealed class BatchLoader<TValue>(Func<IReadOnlyList<string>, IReadOnlyDictionary<string, TValue>> batch, TValue missing)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Pending> _byKey = new(StringComparer.Ordinal);
    private List<Pending> _queued = [];

    public IDataLoaderResult<TValue> Load(string key)
    {
        lock (_lock)
        {
            if (!_byKey.TryGetValue(key, out var pending))
            {
                pending = new Pending(this, key);
                _byKey.Add(key, pending);
                _queued.Add(pending);
            }

            return pending;
        }
    }

    /// <summary>Runs the batch for every queued key; under the lock, so a result asked for meanwhile waits for it.</summary>
    private void Dispatch()
    {
        lock (_lock)
        {
            if (_queued.Count == 0)
            {
                return;
            }

            var queued = _queued;
            _queued = [];
            var keys = new string[queued.Count];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = queued[i].Key;
            }

            var values = batch(keys);
            foreach (var pending in queued)
            {
                pending.Complete(values.TryGetValue(pending.Key, out var value) ? value : missing);
            }
        }
    }

    private sealed class Pending(BatchLoader<TValue> loader, string key) : IDataLoaderResult<TValue>
    {
        private Task<TValue>? _result;

        public string Key => key;

        public void Complete(TValue value) => Volatile.Write(ref _result, Task.FromResult(value));

        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default)
        {
            if (Volatile.Read(ref _result) is null)
            {
                loader.Dispatch();
            }

            return _result!;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>A loader result seen through a projection (<c>reviews(first:)</c> slices the batch's list).</summary>
internal sealed class MappedResult<TSource, TResult>(IDataLoaderResult<TSource> source, Func<TSource, TResult> map) : IDataLoaderResult<TResult>
{
    public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
        map(await source.GetResultAsync(cancellationToken).ConfigureAwait(false));

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
        await GetResultAsync(cancellationToken).ConfigureAwait(false);
}
