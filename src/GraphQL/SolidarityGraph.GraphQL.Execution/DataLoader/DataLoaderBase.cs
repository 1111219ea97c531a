using SolidarityGraph.GraphQL.Execution;
using SolidarityGraph.GraphQL.Execution.Scheduling;

namespace SolidarityGraph.GraphQL.DataLoader;

/// <summary>
/// The machinery shared by <see cref="BatchDataLoader{TKey, TValue}"/>, <see cref="GroupedDataLoader{TKey, TValue}"/> and
/// <see cref="CacheDataLoader{TKey, TValue}"/>: the per-request cache, the queue of keys and the calls waiting for
/// them. Keys are fetched when the request's scheduler dispatches a round (<c>ExecutionModel.md</c>), never at the
/// moment <c>LoadAsync</c> is called; outside a request every <c>LoadAsync</c> call is its own round.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value a key resolves to.</typeparam>
public abstract partial class DataLoaderBase<TKey, TValue> : IDataLoader<TKey, TValue>, IBatchSource
    where TKey : notnull
{
    private readonly Dictionary<TKey, Entry> _entries = new();
    private readonly List<Entry> _queued = new();
    private RequestScheduler? _scheduler;
    private int _batchCount;
    private int _keyCount;

    /// <summary>Creates the loader.</summary>
    /// <param name="options">Batch size and caching; <see cref="DataLoaderOptions.Default"/> when omitted.</param>
    protected DataLoaderBase(DataLoaderOptions? options = null) => Options = options ?? DataLoaderOptions.Default;

    /// <inheritdoc/>
    public virtual string Name => GetType().Name;

    /// <summary>The loader's options.</summary>
    public DataLoaderOptions Options { get; }

    /// <inheritdoc/>
    public int BatchCount => Volatile.Read(ref _batchCount);

    /// <inheritdoc/>
    public int KeyCount => Volatile.Read(ref _keyCount);

    /// <inheritdoc/>
    public Task<TValue> LoadAsync(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);

        // The caller's unit is asked for only when the call waits: a resolver whose key is cached finishes at once and
        // needs none (ExecutionFlow creates a running resolver's unit on demand).
        var flow = ExecutionFlow.Current;
        var scheduler = Scheduler(flow?.Scheduler);
        Task<TValue> task;
        lock (scheduler.Sync)
        {
            var entry = EntryLocked(key, scheduler);
            if (entry.Done)
            {
                return entry.Completed();
            }

            var caller = Caller(flow?.Unit, scheduler);
            task = entry.AddSingleCall(caller);
            scheduler.BlockLocked(caller);
        }

        scheduler.Pump();
        return task;
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<TValue>> LoadAsync(IEnumerable<TKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var flow = ExecutionFlow.Current;
        var scheduler = Scheduler(flow?.Scheduler);
        ManyCall call;
        lock (scheduler.Sync)
        {
            var entries = keys.Select(key => EntryLocked(key ?? throw new ArgumentException("A key is null.", nameof(keys)), scheduler)).ToArray();
            call = new ManyCall(Array.TrueForAll(entries, e => e.Done) ? null : Caller(flow?.Unit, scheduler), entries);
            if (call.Remaining == 0)
            {
                call.Complete();
                return call.Task;
            }

            foreach (var entry in entries.Where(e => !e.Done).Distinct())
            {
                entry.AddCall(call);
            }

            scheduler.BlockLocked(call.Unit);
        }

        scheduler.Pump();
        return call.Task;
    }

    /// <inheritdoc/>
    public void Clear()
    {
        var scheduler = Scheduler(null);
        lock (scheduler.Sync)
        {
            foreach (var key in _entries.Where(pair => pair.Value.Done).Select(pair => pair.Key).ToList())
            {
                _entries.Remove(key);
            }
        }
    }

    /// <summary>Fetches a batch of keys; the outcome gives each key's value or error.</summary>
    private protected abstract Task<Func<TKey, KeyOutcome>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    /// <summary>Binds the loader to a request (a loader serves one request: its cache is the request's).</summary>
    void IBatchSource.AttachTo(RequestScheduler scheduler)
    {
        var current = Interlocked.CompareExchange(ref _scheduler, scheduler, null);
        if (current is not null && !ReferenceEquals(current, scheduler))
        {
            throw new InvalidOperationException($"The DataLoader {Name} already belongs to another request; create one per request (DataLoaderScope).");
        }
    }

    void IBatchSource.TakePendingLocked(List<PendingBatch> batches)
    {
        var size = Options.MaxBatchSize > 0 ? Options.MaxBatchSize : int.MaxValue;
        for (var start = 0; start < _queued.Count; start += size)
        {
            batches.Add(new Batch(this, _queued.GetRange(start, Math.Min(size, _queued.Count - start))));
        }

        _queued.Clear();
    }

    private RequestScheduler Scheduler(RequestScheduler? current)
    {
        if (Volatile.Read(ref _scheduler) is { } scheduler)
        {
            return scheduler;
        }

        ((IBatchSource)this).AttachTo(current ?? new RequestScheduler(null));
        return _scheduler!;
    }

    /// <summary>The unit to park, if the call comes from a resolver of this loader's request that is still running.</summary>
    private ExecutionUnit? Caller(ExecutionUnit? unit, RequestScheduler scheduler)
    {
        if (unit is null || unit.Finished)
        {
            return null;
        }

        return ReferenceEquals(unit.Scheduler, scheduler)
            ? unit
            : throw new InvalidOperationException($"The DataLoader {Name} belongs to another request; create one per request (DataLoaderScope).");
    }

    /// <summary>The key's cache entry; a new one is queued for the next round.</summary>
    private Entry EntryLocked(TKey key, RequestScheduler scheduler)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            return entry;
        }

        entry = new Entry(key);
        _entries[key] = entry;
        if (_queued.Count == 0)
        {
            scheduler.AddPendingLocked(this);
        }

        _queued.Add(entry);
        return entry;
    }
}
