namespace SolidarityGraph.GraphQL.Execution.Scheduling;

/// <summary>
/// A parked unit that may run again: <see cref="Count"/> of its waits are over, and running the item completes them
/// (the load calls of a round, or the grant of the request gate).
/// </summary>
internal readonly struct ReadyItem
{
    // One load call, a list of them, or the gate's grant: one field keeps the item (and the queue's slots) small.
    private readonly object _payload;

    private ReadyItem(ExecutionUnit unit, int count, object payload)
    {
        Unit = unit;
        Count = count;
        _payload = payload;
    }

    public ExecutionUnit Unit { get; }

    public int Count { get; }

    public static ReadyItem GateGranted(ExecutionUnit unit, TaskCompletionSource granted) => new(unit, 1, granted);

    /// <summary>
    /// Queues the calls a round completed, grouped by unit in order of first appearance so that each unit resumes
    /// once; calls that belong to no running unit complete at once.
    /// </summary>
    public static void EnqueueByUnit(List<LoadCall> completed, DriverQueue<ReadyItem> ready, bool onDriver)
    {
        if (onDriver)
        {
            // A level of many keys would otherwise grow the queue step by step.
            ready.Reserve(completed.Count);
        }

        foreach (var call in completed)
        {
            call.Unit?.CountRoundCall(1);
        }

        Dictionary<ExecutionUnit, List<LoadCall>>? shared = null;
        foreach (var call in completed)
        {
            if (call.Unit is null)
            {
                call.Complete();
            }
            else if (call.Unit.CountRoundCall(0) == 1)
            {
                ready.Enqueue(new ReadyItem(call.Unit, 1, call), onDriver);
            }
            else if (!(shared ??= new(ReferenceEqualityComparer.Instance)).TryGetValue(call.Unit, out var calls))
            {
                shared[call.Unit] = calls = [call];
                ready.Enqueue(new ReadyItem(call.Unit, 0, calls), onDriver);
            }
            else
            {
                calls.Add(call);
            }
        }

        foreach (var call in completed)
        {
            call.Unit?.CountRoundCall(-call.Unit.CountRoundCall(0));
        }
    }

    /// <summary>Unparks the unit by <see cref="Count"/> and completes what it waited for (its code may run inline).</summary>
    public void Run()
    {
        switch (_payload)
        {
            case LoadCall call:
                Unit.Unblock(1);
                call.Complete();
                break;
            case List<LoadCall> calls:
                Unit.Unblock(calls.Count);
                foreach (var call in calls)
                {
                    call.Complete();
                }

                break;
            case TaskCompletionSource granted:
                Unit.Unblock(Count);
                granted.SetResult();
                break;
        }
    }
}
