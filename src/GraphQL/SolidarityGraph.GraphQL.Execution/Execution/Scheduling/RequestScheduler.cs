using System.Diagnostics;
using SolidarityGraph.GraphQL.DataLoader;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>
/// The per-request scheduler behind <c>ExecutionModel.md</c>: one <em>turn</em> lets one flow of the request run at a
/// time; flows park on DataLoaders or on the request gate; when nothing holds the turn and no frame is waiting for
/// it, the queued DataLoader keys are dispatched as one round. Every decision is taken under one lock from counters
/// that the executor and the loaders maintain; there are no timers.
/// </summary>
/// <remarks>
/// Turn tokens are plain objects: the request's root token, an <see cref="ExecutionUnit"/> (a resolver or a
/// dispatch round) or a <see cref="TurnWaiter"/> (an executor frame resumed after waiting).
/// </remarks>
internal sealed partial class RequestScheduler
{
    [ThreadStatic]
    private static RequestScheduler? t_pumping;

    private readonly object _sync = new();
    private readonly List<TurnWaiter> _waiters = new();
    private readonly Queue<ReadyItem> _ready = new();
    private readonly List<IBatchSource> _pendingSources = new();
    private object? _holder;
    private int _unwinding;
    private int _rounds;

    public RequestScheduler(DataLoaderScope? scope) => Scope = scope;

    /// <summary>The scope whose loaders this scheduler dispatches (none for a loader used outside a request).</summary>
    public DataLoaderScope? Scope { get; }

    /// <summary>Handed to every batch function.</summary>
    public CancellationToken CancellationToken { get; set; }

    /// <summary>The number of dispatch rounds so far.</summary>
    public int Rounds => Volatile.Read(ref _rounds);

    /// <summary>The lock that guards the scheduler and the state of its loaders.</summary>
    internal object Sync => _sync;

    /// <summary>The current holder of the turn, read by the frame that holds it before it starts a child.</summary>
    public object? Holder => Volatile.Read(ref _holder);

    /// <summary>Starts a request: forgets what a previous (possibly cancelled) request left and takes the turn.</summary>
    public object BeginRequest()
    {
        var token = new object();
        lock (_sync)
        {
            _waiters.Clear();
            _ready.Clear();
            _gateQueue.Clear();
            _gateOwner = null;
            _gateDepth = 0;
            _unwinding = 0;
            _holder = token;
        }

        return token;
    }

    public bool Holds(object token) => ReferenceEquals(Volatile.Read(ref _holder), token);

    /// <summary>
    /// A resolver returned an unfinished task. Parked on a loader or the gate, it leaves the turn with its caller;
    /// otherwise it is doing other I/O and takes the turn, and the caller's frames unwind and wait.
    /// </summary>
    public void OnResolverPending(ExecutionUnit unit)
    {
        lock (_sync)
        {
            if (unit.Blocked > 0 || ReferenceEquals(_holder, unit))
            {
                return;
            }

            _holder = unit;
            _unwinding++;
        }
    }

    /// <summary>
    /// A frame saw a child leave it without the turn: it waits until it is the deepest waiting frame of a settled
    /// request. <paramref name="endsUnwinding"/> is true for the root frame of the flow that lost the turn.
    /// </summary>
    /// <returns>The frame's new turn token.</returns>
    public Task<object> WaitForTurnAsync(int depth, bool endsUnwinding)
    {
        var waiter = new TurnWaiter(depth);
        lock (_sync)
        {
            _waiters.Add(waiter);
            if (endsUnwinding)
            {
                EndUnwindingLocked();
            }
        }

        Pump();
        return waiter.Task;
    }

    /// <summary>The root frame of a flow has started all it can: it gives up the turn, or ends its unwinding.</summary>
    public void Settle(object token)
    {
        lock (_sync)
        {
            if (ReferenceEquals(_holder, token))
            {
                _holder = null;
            }
            else
            {
                EndUnwindingLocked();
            }
        }

        Pump();
    }

    /// <summary>Gives up the turn if <paramref name="token"/> holds it (used on exceptional exits).</summary>
    public void ReleaseIfHolder(object token)
    {
        lock (_sync)
        {
            if (!ReferenceEquals(_holder, token))
            {
                return;
            }

            _holder = null;
        }

        Pump();
    }

    /// <summary>A unit that resumed without the turn (it left a load unawaited) waits for it.</summary>
    public Task AcquireTurnAsync(ExecutionUnit unit)
    {
        var granted = new TaskCompletionSource();
        lock (_sync)
        {
            _ready.Enqueue(new ReadyItem(unit, 0, granted.SetResult));
        }

        Pump();
        return granted.Task;
    }

    /// <summary>
    /// Called under <see cref="Sync"/> when <paramref name="unit"/> starts waiting for a load or the gate: it is
    /// blocked, and if it held the turn it gives it up (the caller pumps after leaving the lock).
    /// </summary>
    internal void BlockLocked(ExecutionUnit? unit)
    {
        if (unit is null)
        {
            return;
        }

        unit.Blocked++;
        if (ReferenceEquals(_holder, unit))
        {
            _holder = null;
        }
    }

    /// <summary>Called under <see cref="Sync"/> when a loader queues its first key since the last round.</summary>
    internal void AddPendingLocked(IBatchSource source) => _pendingSources.Add(source);

    /// <summary>
    /// Runs whatever may run now, one thing at a time, until something holds the turn or nothing is left. The
    /// thread that is already pumping this scheduler only records that another pass is due (no recursion).
    /// </summary>
    internal void Pump()
    {
        if (ReferenceEquals(t_pumping, this))
        {
            return;
        }

        var previous = t_pumping;
        t_pumping = this;
        try
        {
            while (TakeNext() is { } next)
            {
                next();
            }
        }
        finally
        {
            t_pumping = previous;
        }
    }

    /// <summary>Waiting frames first (the deepest), then parked units whose loads or gate completed, then a dispatch round.</summary>
    private Action? TakeNext()
    {
        lock (_sync)
        {
            if (_holder is not null)
            {
                return null;
            }

            if (_waiters.Count > 0)
            {
                var waiter = RemoveDeepestWaiterLocked();
                _holder = waiter;
                return waiter.Resume;
            }

            if (_unwinding > 0)
            {
                return null;
            }

            if (_ready.TryDequeue(out var item))
            {
                item.Unit.Blocked -= item.Count;
                if (item.Unit.Blocked == 0 && !item.Unit.Finished)
                {
                    _holder = item.Unit;
                }

                return item.Complete;
            }

            if (_pendingSources.Count == 0)
            {
                return null;
            }

            var batches = new List<PendingBatch>();
            foreach (var source in _pendingSources)
            {
                source.TakePendingLocked(batches);
            }

            _pendingSources.Clear();
            var dispatcher = new ExecutionUnit(this);
            _holder = dispatcher;
            _rounds++;
            return () => _ = RunRoundAsync(dispatcher, batches);
        }
    }

    private TurnWaiter RemoveDeepestWaiterLocked()
    {
        var index = 0;
        for (var i = 1; i < _waiters.Count; i++)
        {
            if (_waiters[i].Depth >= _waiters[index].Depth)
            {
                index = i;
            }
        }

        var waiter = _waiters[index];
        _waiters.RemoveAt(index);
        return waiter;
    }

    private void EndUnwindingLocked()
    {
        Debug.Assert(_unwinding > 0, "Every flow that lost the turn ends its unwinding exactly once.");
        _unwinding--;
    }

    /// <summary>A parked unit that may run again: <see cref="Count"/> of its waits are over.</summary>
    private readonly record struct ReadyItem(ExecutionUnit Unit, int Count, Action Complete);

    /// <summary>An executor frame waiting for the turn; it becomes the frame's turn token when resumed.</summary>
    private sealed class TurnWaiter(int depth) : TaskCompletionSource<object>
    {
        public int Depth { get; } = depth;

        public void Resume() => SetResult(this);
    }
}
