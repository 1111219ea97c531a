namespace SolidarityGraph.GraphQL.Execution.Scheduling;

/// <summary>
/// The request gate: an async, re-entrant lock owned by one unit at a time, which serialises every resolver that uses
/// a synchronized service (an EF Core <c>DbContext</c> by default). Waiting for the gate parks the unit, and a gate
/// holder parked on a DataLoader does not stop the dispatch round (see <c>ExecutionModel.md</c>).
/// </summary>
internal sealed partial class RequestScheduler
{
    private readonly Queue<(ExecutionUnit Unit, TaskCompletionSource Granted)> _gateQueue = new();
    private ExecutionUnit? _gateOwner;
    private int _gateDepth;

    /// <summary>Enters the gate for <paramref name="unit"/>; completes at once when it is free or already the unit's.</summary>
    public Task EnterGateAsync(ExecutionUnit unit)
    {
        lock (_sync)
        {
            if (_gateOwner is null || ReferenceEquals(_gateOwner, unit))
            {
                _gateOwner = unit;
                _gateDepth++;
                return Task.CompletedTask;
            }

            var granted = new TaskCompletionSource();
            _gateQueue.Enqueue((unit, granted));
            BlockLocked(unit);
            return granted.Task;
        }
    }

    /// <summary>Leaves the gate; the next waiting unit owns it at once and resumes in its turn.</summary>
    public void ExitGate(ExecutionUnit unit)
    {
        lock (_sync)
        {
            if (!ReferenceEquals(_gateOwner, unit))
            {
                throw new InvalidOperationException("The request gate is released by a unit that does not hold it.");
            }

            if (--_gateDepth > 0)
            {
                return;
            }

            if (_gateQueue.TryDequeue(out var next))
            {
                _gateOwner = next.Unit;
                _gateDepth = 1;
                _ready.Enqueue(ReadyItem.GateGranted(next.Unit, next.Granted), OnDriver);
            }
            else
            {
                _gateOwner = null;
            }
        }

        WakeFromElsewhere();
    }

    private void ResetGate()
    {
        lock (_sync)
        {
            _gateQueue.Clear();
            _gateOwner = null;
            _gateDepth = 0;
        }
    }
}
