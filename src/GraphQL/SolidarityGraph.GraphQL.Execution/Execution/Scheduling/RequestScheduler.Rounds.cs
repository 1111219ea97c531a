namespace SolidarityGraph.GraphQL.Execution.Scheduling;

/// <summary>Dispatch rounds: what runs when the request is quiescent and loaders have queued keys.</summary>
internal sealed partial class RequestScheduler
{
    /// <summary>Takes every queued key of every loader into one round; false when no key is queued.</summary>
    private bool TryStartRound()
    {
        // The driver asks after every piece of work: most of the time there is nothing to take, and no lock is needed
        // to see it (a key queued from another thread after this read wakes the driver's sleep, which reads again).
        if (!HasPendingKeys())
        {
            return false;
        }

        List<PendingBatch> batches;
        lock (_sync)
        {
            if (_pendingSources.Count == 0)
            {
                return false;
            }

            batches = new List<PendingBatch>(_pendingSources.Count);
            foreach (var source in _pendingSources)
            {
                source.TakePendingLocked(batches);
            }

            _pendingSources.Clear();
            Volatile.Write(ref _pendingSourceCount, 0);
        }

        var dispatcher = new ExecutionUnit(this);
        _rounds++;
        _outstanding++;
        _ = RunRoundAsync(dispatcher, batches);
        if (_driven && dispatcher.IsBusy)
        {
            _busy = dispatcher;
        }

        return true;
    }

    /// <summary>
    /// One dispatch round: the batch functions run one after another while the rest of the request waits (a batch
    /// function that loads from another loader parks the round, and the driver dispatches those keys first); the
    /// waiting units are resumed afterwards, one at a time, in the order their calls completed.
    /// </summary>
    private async Task RunRoundAsync(ExecutionUnit dispatcher, List<PendingBatch> batches)
    {
        ExecutionFlow.Fork(this).Run(dispatcher);
        foreach (var batch in batches)
        {
            await batch.FetchAsync(CancellationToken).ConfigureAwait(false);
        }

        List<LoadCall> completed;
        lock (_sync)
        {
            // Sized for the calls waiting, so a level of many keys (or of keys loaded by many parents) does not grow
            // the list step by step.
            var calls = 0;
            foreach (var batch in batches)
            {
                calls += batch.CallCountLocked;
            }

            completed = new List<LoadCall>(calls);
            foreach (var batch in batches)
            {
                batch.CompleteLocked(completed);
            }
        }

        // Everything the round leaves is queued before the dispatcher stops being busy (see OnFinished). A round whose
        // batch functions finished at once ran on the driver's thread and hands its units over without any lock.
        var onDriver = OnDriver;
        ReadyItem.EnqueueByUnit(completed, _ready, onDriver);
        _finished.Enqueue(RoundEnd.Instance, onDriver);
        dispatcher.Finished = true;
        if (!onDriver)
        {
            Wake();
        }
    }

    /// <summary>Resumes the next unit whose loads or gate entry arrived; a unit still running afterwards is busy.</summary>
    private bool TryResumeReady(bool onDriver)
    {
        if (!_ready.TryDequeue(out var item, onDriver))
        {
            return false;
        }

        item.Run();
        AfterTurn(item.Unit, onDriver);
        if (_driven && item.Unit.IsBusy)
        {
            _busy = item.Unit;
        }

        return true;
    }

    /// <summary>
    /// A parked field's unit had its turn: its resolver has finished (its completion is queued, as a continuation
    /// would have done), or it is parked again (polled after its next turn), or it went busy and from now on is
    /// watched by a continuation, since it may finish on another thread.
    /// </summary>
    private void AfterTurn(ExecutionUnit unit, bool onDriver)
    {
        if (unit.Polled is not { } field)
        {
            return;
        }

        if (field.IsResolved)
        {
            unit.Polled = null;
            _finished.Enqueue(field, onDriver);
            unit.Finished = true;
        }
        else if (unit.IsBusy)
        {
            unit.Polled = null;
            field.Watch();
        }
    }

    /// <summary>Marks the end of a round in the queue of finished work.</summary>
    private sealed class RoundEnd : ExecutionWork
    {
        public static readonly RoundEnd Instance = new();

        public override void Run()
        {
        }
    }
}
