using SolidarityGraph.GraphQL.Execution;
using SolidarityGraph.GraphQL.Execution.Scheduling;

namespace SolidarityGraph.GraphQL.DataLoader;

/// <summary>The cache entries, calls and batches of a loader; all mutable state is guarded by the scheduler's lock.</summary>
public abstract partial class DataLoaderBase<TKey, TValue>
{
    /// <summary>What a batch produced for one key: its value, or the error that fails it.</summary>
    private protected readonly record struct KeyOutcome(TValue Value, Exception? Error);

    /// <summary>
    /// A key's cache entry. It is also the call of the first <c>LoadAsync(key)</c> that waits for it (most keys have
    /// exactly one), so that call costs no object of its own; other waiting calls are kept beside it.
    /// </summary>
    private sealed class Entry(TKey key) : LoadCall(null, 0)
    {
        private Task<TValue>? _completed;
        private TaskCompletionSource<TValue>? _firstWaiter;

        public TKey Key { get; } = key;

        public bool Done { get; set; }

        public TValue Value { get; set; } = default!;

        public Exception? Error { get; set; }

        // Most keys have one waiting call: it is kept inline, a list only for more.
        private LoadCall? _firstCall;
        private List<LoadCall>? _moreCalls;

        /// <summary>A <c>LoadAsync(key)</c> call from <paramref name="caller"/> waits for this key: its task.</summary>
        public Task<TValue> AddSingleCall(ExecutionUnit? caller)
        {
            if (_firstCall is null && _firstWaiter is null)
            {
                Unit = caller;
                Remaining = 1;
                _firstWaiter = new TaskCompletionSource<TValue>(LoadTasks.State);
                _firstCall = this;
                return _firstWaiter.Task;
            }

            var call = new SingleCall(caller, this);
            AddCall(call);
            return call.Task;
        }

        /// <summary>Completes the first waiting call's task (this entry as a call).</summary>
        public override void Complete()
        {
            if (Error is { } error)
            {
                _firstWaiter!.SetException(error);
            }
            else
            {
                _firstWaiter!.SetResult(Value);
            }
        }

        /// <summary>The calls waiting for this key (under the loaders' lock).</summary>
        public int CallCount => (_firstCall is null ? 0 : 1) + (_moreCalls?.Count ?? 0);

        public void AddCall(LoadCall call)
        {
            if (_firstCall is null)
            {
                _firstCall = call;
            }
            else
            {
                (_moreCalls ??= new List<LoadCall>()).Add(call);
            }
        }

        /// <summary>Counts this key as fetched for each waiting call, adds those that have all their keys, and forgets them.</summary>
        public void CompleteCalls(List<LoadCall> completed)
        {
            if (_firstCall is { } first)
            {
                Arrive(first, completed);
            }

            if (_moreCalls is { } more)
            {
                foreach (var call in more)
                {
                    Arrive(call, completed);
                }
            }

            _firstCall = null;
            _moreCalls = null;
        }

        private static void Arrive(LoadCall call, List<LoadCall> completed)
        {
            if (--call.Remaining == 0)
            {
                completed.Add(call);
            }
        }

        public Task<TValue> Completed() =>
            _completed ??= Error is { } error ? Task.FromException<TValue>(error) : Task.FromResult(Value);
    }

    private sealed class SingleCall(ExecutionUnit? unit, Entry entry) : LoadCall(unit, 1)
    {
        private readonly TaskCompletionSource<TValue> _result = new(LoadTasks.State);

        public Task<TValue> Task => _result.Task;

        public override void Complete()
        {
            if (entry.Error is { } error)
            {
                _result.SetException(error);
            }
            else
            {
                _result.SetResult(entry.Value);
            }
        }
    }

    private sealed class ManyCall(ExecutionUnit? unit, Entry[] entries)
        : LoadCall(unit, entries.Where(e => !e.Done).Distinct().Count())
    {
        private readonly TaskCompletionSource<IReadOnlyList<TValue>> _result = new(LoadTasks.State);

        public Task<IReadOnlyList<TValue>> Task => _result.Task;

        public override void Complete()
        {
            if (entries.FirstOrDefault(e => e.Error is not null)?.Error is { } error)
            {
                _result.SetException(error);
                return;
            }

            _result.SetResult(Array.ConvertAll(entries, e => e.Value));
        }
    }

    private sealed class Batch(DataLoaderBase<TKey, TValue> loader, List<Entry> entries) : PendingBatch
    {
        private Func<TKey, KeyOutcome>? _outcome;
        private Exception? _failure;

        public override int CallCountLocked
        {
            get
            {
                var calls = 0;
                foreach (var entry in entries)
                {
                    calls += entry.CallCount;
                }

                return calls;
            }
        }

        public override async Task FetchAsync(CancellationToken cancellationToken)
        {
            var keys = entries.ConvertAll(e => e.Key);
            Interlocked.Increment(ref loader._batchCount);
            Interlocked.Add(ref loader._keyCount, keys.Count);
            try
            {
                cancellationToken.ThrowIfCancellationRequested();
                _outcome = await loader.FetchAsync(keys, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                _failure = exception;
            }
        }

        public override void CompleteLocked(List<LoadCall> completed)
        {
            foreach (var entry in entries)
            {
                var outcome = Outcome(entry.Key);
                entry.Value = outcome.Value;
                entry.Error = outcome.Error;
                entry.Done = true;
                if (!loader.Options.Caching)
                {
                    loader._entries.Remove(entry.Key);
                }

                entry.CompleteCalls(completed);
            }
        }

        private KeyOutcome Outcome(TKey key)
        {
            if (_failure is not null)
            {
                return new KeyOutcome(default!, _failure);
            }

            try
            {
                return _outcome!(key);
            }
            catch (Exception exception)
            {
                return new KeyOutcome(default!, exception);
            }
        }
    }
}
