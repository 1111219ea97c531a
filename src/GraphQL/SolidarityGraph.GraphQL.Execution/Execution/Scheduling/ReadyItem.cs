using System.Collections.Concurrent;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>
/// A parked unit that may run again: <see cref="Count"/> of its waits are over, and running the item completes them
/// (the load calls of a round, or the grant of the request gate).
/// </summary>
internal readonly struct ReadyItem
{
    private readonly LoadCall? _call;
    private readonly List<LoadCall>? _calls;
    private readonly TaskCompletionSource? _granted;

    private ReadyItem(ExecutionUnit? unit, int count, LoadCall? call, List<LoadCall>? calls, TaskCompletionSource? granted)
    {
        Unit = unit;
        Count = count;
        _call = call;
        _calls = calls;
        _granted = granted;
    }

    public ExecutionUnit? Unit { get; }

    public int Count { get; }

    public static ReadyItem GateGranted(ExecutionUnit unit, TaskCompletionSource granted) => new(unit, 1, null, null, granted);

    /// <summary>
    /// Queues the calls a round completed, grouped by unit in order of first appearance so that each unit resumes
    /// once; calls that belong to no running unit complete at once.
    /// </summary>
    public static void EnqueueByUnit(List<LoadCall> completed, ConcurrentQueue<ReadyItem> ready)
    {
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
                ready.Enqueue(new ReadyItem(call.Unit, 1, call, null, null));
            }
            else if (!(shared ??= new(ReferenceEqualityComparer.Instance)).TryGetValue(call.Unit, out var calls))
            {
                shared[call.Unit] = calls = [call];
                ready.Enqueue(new ReadyItem(call.Unit, 0, null, calls, null));
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
        Unit?.Unblock(_calls?.Count ?? Count);
        if (Unit is { Flow: { } flow } unit)
        {
            flow.Run(unit);
        }

        _granted?.SetResult();
        _call?.Complete();
        if (_calls is not null)
        {
            foreach (var call in _calls)
            {
                call.Complete();
            }
        }
    }
}
