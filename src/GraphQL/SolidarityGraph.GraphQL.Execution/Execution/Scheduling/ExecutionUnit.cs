namespace SolidarityGraph.GraphQL.Execution;

/// <summary>
/// One resolver invocation (or one DataLoader dispatch round) as the <see cref="RequestScheduler"/> sees it: the
/// code that may park on a DataLoader or on the request gate, and that may own the request's turn while it runs.
/// See <c>ExecutionModel.md</c>.
/// </summary>
internal sealed class ExecutionUnit
{
    public ExecutionUnit(RequestScheduler scheduler) => Scheduler = scheduler;

    /// <summary>
    /// The unit whose code is running on this logical flow (<see cref="ExecutionFlow"/>). It flows into the
    /// resolver's continuations, so a load issued after an <c>await</c> is still attributed to the resolver that
    /// issued it.
    /// </summary>
    public static ExecutionUnit? Current => ExecutionFlow.Current?.Unit;

    public RequestScheduler Scheduler { get; }

    /// <summary>Loads and gate entries this unit waits for; guarded by the scheduler's lock.</summary>
    public int Blocked { get; set; }

    private volatile bool _finished;

    /// <summary>The resolver has returned; loads it left unawaited complete without handing it the turn.</summary>
    public bool Finished
    {
        get => _finished;
        set => _finished = value;
    }
}
