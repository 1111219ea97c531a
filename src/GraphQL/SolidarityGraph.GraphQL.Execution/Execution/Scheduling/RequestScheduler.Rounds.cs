namespace SolidarityGraph.GraphQL.Execution;

/// <summary>Dispatch rounds: what runs when the request is quiescent and loaders have queued keys.</summary>
internal sealed partial class RequestScheduler
{
    /// <summary>
    /// One dispatch round: the batch functions run one after another while every other flow of the request is
    /// parked, and only then are the waiting units resumed, one at a time.
    /// </summary>
    private async Task RunRoundAsync(ExecutionUnit dispatcher, List<PendingBatch> batches)
    {
        ExecutionFlow.Fork(this).Run(dispatcher);
        foreach (var batch in batches)
        {
            await batch.FetchAsync(CancellationToken).ConfigureAwait(false);
            if (!Holds(dispatcher))
            {
                await AcquireTurnAsync(dispatcher).ConfigureAwait(false);
            }
        }

        var completed = new List<LoadCall>();
        var unattributed = new List<LoadCall>();
        lock (_sync)
        {
            foreach (var batch in batches)
            {
                batch.CompleteLocked(completed);
            }

            EnqueueReadyLocked(completed, unattributed);
            dispatcher.Finished = true;
            if (ReferenceEquals(_holder, dispatcher))
            {
                _holder = null;
            }
        }

        foreach (var call in unattributed)
        {
            call.Complete();
        }

        Pump();
    }

    /// <summary>Groups the completed calls by unit, in order of first appearance, so each unit resumes once.</summary>
    private void EnqueueReadyLocked(List<LoadCall> completed, List<LoadCall> unattributed)
    {
        Dictionary<ExecutionUnit, List<LoadCall>>? byUnit = null;
        List<ExecutionUnit>? order = null;
        foreach (var call in completed)
        {
            if (call.Unit is not { } unit)
            {
                unattributed.Add(call);
                continue;
            }

            byUnit ??= new Dictionary<ExecutionUnit, List<LoadCall>>(ReferenceEqualityComparer.Instance);
            order ??= new List<ExecutionUnit>();
            if (!byUnit.TryGetValue(unit, out var calls))
            {
                byUnit[unit] = calls = new List<LoadCall>(1);
                order.Add(unit);
            }

            calls.Add(call);
        }

        foreach (var unit in order ?? Enumerable.Empty<ExecutionUnit>())
        {
            var calls = byUnit![unit];
            _ready.Enqueue(new ReadyItem(unit, calls.Count, () => calls.ForEach(c => c.Complete())));
        }
    }
}
