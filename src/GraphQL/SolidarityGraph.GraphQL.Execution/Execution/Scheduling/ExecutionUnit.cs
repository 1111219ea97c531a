namespace SolidarityGraph.GraphQL.Execution.Scheduling;

/// <summary>
/// One resolver invocation that did not finish synchronously (or one DataLoader dispatch round) as the
/// <see cref="RequestScheduler"/> sees it: <em>parked</em> while it waits for loads or the request gate, <em>busy</em>
/// while it runs or awaits anything else, <em>finished</em> once its value is there. See <c>ExecutionModel.md</c>.
/// </summary>
internal sealed class ExecutionUnit
{
    private int _blocked;
    private volatile bool _finished;
    private int _roundCalls;

    public ExecutionUnit(RequestScheduler scheduler) => Scheduler = scheduler;

    /// <summary>
    /// The unit whose code is running on this logical flow (<see cref="ExecutionFlow"/>). It flows into the
    /// resolver's continuations, so a load issued after an <c>await</c> is still attributed to the resolver that
    /// issued it.
    /// </summary>
    public static ExecutionUnit? Current => ExecutionFlow.Current?.Unit;

    public RequestScheduler Scheduler { get; }

    /// <summary>Loads and gate entries this unit waits for.</summary>
    public int Blocked => Volatile.Read(ref _blocked);

    /// <summary>The resolver has returned; loads it left unawaited complete without waking it.</summary>
    public bool Finished
    {
        get => _finished;
        set => _finished = value;
    }

    /// <summary>Neither finished nor parked: the request waits for it before starting anything else.</summary>
    public bool IsBusy => !_finished && Volatile.Read(ref _blocked) == 0;

    /// <summary>The field whose resolver this unit runs, while the driver polls it after each turn (driver only).</summary>
    public ParkedField? Polled { get; set; }

    /// <summary>Adds <paramref name="delta"/> to the calls the current round completed for this unit (round bookkeeping only).</summary>
    public int CountRoundCall(int delta) => _roundCalls += delta;

    public void Block() => Interlocked.Increment(ref _blocked);

    public void Unblock(int count) => Interlocked.Add(ref _blocked, -count);
}
