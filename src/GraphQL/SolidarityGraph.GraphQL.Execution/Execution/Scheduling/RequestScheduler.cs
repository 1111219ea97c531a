using SolidarityGraph.GraphQL.DataLoader;

namespace SolidarityGraph.GraphQL.Execution.Scheduling;

/// <summary>
/// The per-request scheduler behind <c>ExecutionModel.md</c>. The executor walks the operation synchronously; what
/// cannot finish during the walk is queued here instead of suspending the frames above it: fields whose resolver
/// returned an unfinished task (<see cref="Defer"/>) and, while a busy resolver holds the turn, the rest of every
/// selection set and list the walk was in (<see cref="Postpone"/>). <see cref="DriveAsync"/> then runs the queues
/// one item at a time and, when nothing else can run, dispatches the queued DataLoader keys as one round.
/// </summary>
/// <remarks>
/// The queues belong to the flow that drives the request: what the driver's own thread queues while it drives
/// (<see cref="OnDriver"/>) takes no lock and no interlocked step. Only what other threads do (a busy resolver's
/// continuation loading, entering the gate or finishing) goes through concurrent queues and counters, and wakes the
/// driver when it sleeps. Loader caches keep their own lock (<see cref="Sync"/>).
/// </remarks>
internal sealed partial class RequestScheduler
{
    private readonly Lock _sync = new();
    private readonly DriverQueue<ExecutionWork> _finished = new();
    private readonly DriverQueue<ReadyItem> _ready = new();
    private readonly Stack<ExecutionWork> _postponed = new();
    private readonly List<ExecutionWork> _unwound = new();
    private readonly List<IBatchSource> _pendingSources = new();
    private ExecutionUnit? _busy;
    private TaskCompletionSource? _wake;
    private int _outstanding;
    private int _rounds;
    private int _pendingSourceCount;
    private int _driverThread;
    private bool _driven;

    public RequestScheduler(DataLoaderScope? scope) => Scope = scope;

    /// <summary>The scope whose loaders this scheduler dispatches (none for a loader used outside a request).</summary>
    public DataLoaderScope? Scope { get; }

    /// <summary>Handed to every batch function.</summary>
    public CancellationToken CancellationToken { get; set; }

    /// <summary>The number of dispatch rounds so far.</summary>
    public int Rounds => Volatile.Read(ref _rounds);

    /// <summary>The lock that guards the state of this request's loaders.</summary>
    internal Lock Sync => _sync;

    /// <summary>
    /// The caller runs on the thread that is driving the request right now (the walk, or the driver between two
    /// waits), so it is part of the driver's flow: nothing else can touch the driver's queues meanwhile.
    /// </summary>
    internal bool OnDriver => _driven && Volatile.Read(ref _driverThread) == Environment.CurrentManagedThreadId;

    /// <summary>A busy resolver holds the turn: the walk stops and postpones what it has not started.</summary>
    public bool MustYield => _busy is not null;

    /// <summary>Something was queued by the walk: the request needs <see cref="DriveAsync"/> to finish.</summary>
    public bool HasWork => _driven && (_outstanding > 0 || _unwound.Count > 0 || _busy is not null || _ready.HasItems || HasPendingKeys());

    /// <summary>Starts a request: forgets what a previous (possibly cancelled) request left.</summary>
    public void BeginRequest()
    {
        _finished.Clear();
        _ready.Clear();
        _postponed.Clear();
        _unwound.Clear();
        ResetGate();
        _busy = null;
        _outstanding = 0;
        _driven = true;
        Volatile.Write(ref _driverThread, Environment.CurrentManagedThreadId);
    }

    /// <summary>The request is over: loads issued from now on (left unawaited by a resolver) are dispatched at once.</summary>
    public void EndRequest()
    {
        _driven = false;
        Volatile.Write(ref _driverThread, 0);
    }

    /// <summary>
    /// A resolver returned an unfinished task; <paramref name="field"/> completes it. A unit parked on a load or
    /// the gate can only go on when the driver resumes it, so the driver polls it then (<see cref="AfterTurn"/>); a
    /// unit that is busy takes the turn, the walk yields, and the field waits for its resolver with a continuation.
    /// </summary>
    public void Defer(ExecutionUnit unit, ParkedField field)
    {
        _outstanding++;
        if (unit.IsBusy)
        {
            field.Watch();
            _busy = unit;
        }
        else
        {
            unit.Polled = field;
        }
    }

    /// <summary>Called from any thread when a deferred resolver has finished: its completion is queued.</summary>
    /// <remarks>
    /// The completion is queued <em>before</em> the unit stops being busy: the driver, seeing a unit that is no longer
    /// busy, must also see the work it left, or it would take the request for quiescent and dispatch a round while
    /// that work (the next level's loads) has not started yet, splitting the level into two batches.
    /// </remarks>
    public void OnFinished(ExecutionUnit unit, ExecutionWork work)
    {
        var onDriver = OnDriver;
        _finished.Enqueue(work, onDriver);
        unit.Finished = true;
        if (!onDriver)
        {
            Wake();
        }
    }

    /// <summary>The walk yields: <paramref name="rest"/> runs before any work queued earlier (innermost first).</summary>
    public void Postpone(ExecutionWork rest) => _unwound.Add(rest);

    /// <summary>
    /// Runs queued work until the request is complete: finished fields first, then postponed walks (innermost
    /// first), then units whose loads or gate entry arrived, and when nothing else can run, a dispatch round.
    /// </summary>
    /// <remarks>
    /// The thread that runs the loop between two waits is the driver (<see cref="OnDriver"/>); while the loop waits,
    /// no thread is, so whatever wakes it goes through the concurrent path.
    /// </remarks>
    public async ValueTask DriveAsync()
    {
        while (true)
        {
            Volatile.Write(ref _driverThread, Environment.CurrentManagedThreadId);
            KeepUnwound();
            if (_busy is { } busy)
            {
                if (busy.IsBusy)
                {
                    await WithoutDriver(SleepWhileBusyAsync(busy)).ConfigureAwait(false);
                    continue;
                }

                _busy = null;
            }

            if (!TryRunNext() && !TryStartRound())
            {
                if (_outstanding == 0)
                {
                    return;
                }

                await WithoutDriver(SleepAsync()).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The driver is about to wait: from now until it runs again, every thread takes the concurrent path.</summary>
    private Task WithoutDriver(Task sleep)
    {
        if (!sleep.IsCompleted)
        {
            Volatile.Write(ref _driverThread, 0);
        }

        return sleep;
    }

    private bool TryRunNext()
    {
        if (_finished.TryDequeue(out var work, onDriver: true))
        {
            _outstanding--;
        }
        else if (!_postponed.TryPop(out work))
        {
            return TryResumeReady(onDriver: true);
        }

        work.Run();
        return true;
    }

    /// <summary>Moves what the last walk postponed onto the stack so that its innermost part runs first.</summary>
    private void KeepUnwound()
    {
        for (var i = _unwound.Count - 1; i >= 0; i--)
        {
            _postponed.Push(_unwound[i]);
        }

        _unwound.Clear();
    }

    /// <summary>Waits until another thread finishes, blocks or readies something.</summary>
    private Task SleepAsync() =>
        Sleep(() => _finished.HasForeign || _ready.HasForeign || _busy is { IsBusy: false } || HasPendingKeys());

    /// <summary>
    /// Waits until <paramref name="busy"/> parks or finishes. Only that changes what may run next: work it queues
    /// meanwhile waits for its turn (it is queued before the unit stops being busy, see <see cref="OnFinished"/>).
    /// </summary>
    private Task SleepWhileBusyAsync(ExecutionUnit busy) => Sleep(() => !busy.IsBusy);

    /// <summary>
    /// Publishes the wake-up, then checks <paramref name="awake"/>: a thread that changes the state after the check
    /// sees the wake-up and sets it (both sides fence, so neither misses the other).
    /// </summary>
    private Task Sleep(Func<bool> awake)
    {
        var wake = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Interlocked.Exchange(ref _wake, wake);
        if (awake())
        {
            Interlocked.Exchange(ref _wake, null);
            return Task.CompletedTask;
        }

        return wake.Task;
    }

    private void Wake()
    {
        // A full fence: the caller's change (a queued item, a parked or finished unit) is visible before the read.
        Interlocked.MemoryBarrier();
        if (Volatile.Read(ref _wake) is not null)
        {
            Interlocked.Exchange(ref _wake, null)?.TrySetResult();
        }
    }

    /// <summary>
    /// Called under <see cref="Sync"/> when <paramref name="unit"/> starts waiting for a load or the gate: it is
    /// parked, and if it was busy the driver may go on.
    /// </summary>
    internal void BlockLocked(ExecutionUnit? unit)
    {
        if (unit is null)
        {
            return;
        }

        unit.Block();
        WakeFromElsewhere();
    }

    /// <summary>Called under <see cref="Sync"/> when a loader queues its first key since the last round.</summary>
    internal void AddPendingLocked(IBatchSource source)
    {
        _pendingSources.Add(source);
        Volatile.Write(ref _pendingSourceCount, _pendingSources.Count);
    }

    /// <summary>
    /// Called after a load was queued: inside a request the driver dispatches it when the request is quiescent;
    /// outside one, every load is its own round, dispatched now.
    /// </summary>
    internal void Pump()
    {
        if (_driven)
        {
            WakeFromElsewhere();
            return;
        }

        while (TryStartRound() || TryResumeReady(onDriver: false))
        {
        }
    }

    /// <summary>Read without the lock: it is written under the lock before the writer wakes the driver (a full fence).</summary>
    private bool HasPendingKeys() => Volatile.Read(ref _pendingSourceCount) > 0;

    /// <summary>Wakes the driver unless the caller is the driver itself, which does not sleep while it runs.</summary>
    private void WakeFromElsewhere()
    {
        if (!OnDriver)
        {
            Wake();
        }
    }
}
