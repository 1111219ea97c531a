namespace SolidarityGraph.GraphQL.Execution.Scheduling;

/// <summary>A loader as the <see cref="RequestScheduler"/> sees it: a source of queued keys.</summary>
internal interface IBatchSource
{
    /// <summary>Binds the loader to a request; a loader serves one request.</summary>
    void AttachTo(RequestScheduler scheduler);

    /// <summary>Moves the keys queued since the last round into batches (called under the loaders' lock).</summary>
    void TakePendingLocked(List<PendingBatch> batches);
}

/// <summary>One call of a batch function, taken from a loader's queue at the start of a round.</summary>
internal abstract class PendingBatch
{
    /// <summary>
    /// The calls waiting for the batch's keys, at most (a call that waits for several keys counts once per key), under
    /// the loaders' lock: a key that several parents load (the same funder of many fundings) has several.
    /// </summary>
    public abstract int CallCountLocked { get; }

    /// <summary>Runs the batch function and keeps its outcome; never throws (a failure fails every key of the batch).</summary>
    public abstract Task FetchAsync(CancellationToken cancellationToken);

    /// <summary>Stores the outcome in the loader's cache and adds the calls that have all their keys (under the lock).</summary>
    public abstract void CompleteLocked(List<LoadCall> completed);
}

/// <summary>One <c>LoadAsync</c> call waiting for the keys of a round.</summary>
internal abstract class LoadCall
{
    protected LoadCall(ExecutionUnit? unit, int remaining)
    {
        Unit = unit;
        Remaining = remaining;
    }

    /// <summary>The unit that awaits the call, or <see langword="null"/> when it cannot be attributed.</summary>
    public ExecutionUnit? Unit { get; protected set; }

    /// <summary>Keys still being fetched; guarded by the loaders' lock.</summary>
    public int Remaining { get; set; }

    /// <summary>Completes the caller's task; runs outside the lock, in the unit's turn.</summary>
    public abstract void Complete();
}
