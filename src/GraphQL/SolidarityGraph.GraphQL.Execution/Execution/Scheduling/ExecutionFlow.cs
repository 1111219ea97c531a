namespace SolidarityGraph.GraphQL.Execution.Scheduling;

/// <summary>
/// One logical flow of a request, carried by an <see cref="AsyncLocal{T}"/>: it says which <see cref="ExecutionUnit"/>
/// a DataLoader load or a gate entry belongs to (<see cref="ExecutionUnit.Current"/>).
/// </summary>
/// <remarks>
/// Setting an <see cref="AsyncLocal{T}"/> allocates a new execution context, so the flow is a mutable object set
/// once per request and reused by every resolver that runs on it; a resolver's unit is created only when its code
/// loads, enters the gate or goes asynchronous (most resolvers do none of these). A resolver that goes asynchronous
/// keeps the flow its continuations captured, so the frame that started it must <see cref="Fork"/> before starting
/// anything else (the execution benchmarks measure the difference).
/// </remarks>
internal sealed class ExecutionFlow
{
    private static readonly AsyncLocal<ExecutionFlow?> CurrentFlow = new();

    private readonly RequestScheduler _scheduler;
    private ExecutionUnit? _unit;
    private volatile bool _resolving;

    // The last resolver result on this thread that is a DataLoader's task adapted as is (see LoadOnly): a thread
    // static, not a field, because the resolver reports it and the executor reads it in the same synchronous call, and
    // a field would make every flow 16 bytes larger.
    [ThreadStatic]
    private static ValueTask<object?> t_loadOnly;

    private ExecutionFlow(RequestScheduler scheduler) => _scheduler = scheduler;

    /// <summary>The request this flow belongs to.</summary>
    public RequestScheduler Scheduler => _scheduler;

    /// <summary>The flow of the running code, or <see langword="null"/> outside a request.</summary>
    public static ExecutionFlow? Current => CurrentFlow.Value;

    /// <summary>
    /// The unit of the code running on this flow: the resolver's (created now if it has none yet) while a resolver
    /// runs, else the last one that ran.
    /// </summary>
    public ExecutionUnit? Unit
    {
        get
        {
            var unit = Volatile.Read(ref _unit);
            if (unit is not null || !_resolving)
            {
                return unit;
            }

            Interlocked.CompareExchange(ref _unit, new ExecutionUnit(_scheduler), null);
            return _unit;
        }
    }

    /// <summary>A context that the introspection resolvers on this flow reuse (see <see cref="ResolverContext"/>).</summary>
    public ResolverContext? SpareContext { get; set; }

    /// <summary>
    /// Notes that the running resolver's <paramref name="resolution"/> is a DataLoader's task as <c>LoadAsync</c>
    /// returned it, adapted without any continuation that carries the flow: the resolver ran no code that continues
    /// after it returned, so no continuation captured this flow, and the frame that called it keeps it
    /// (<see cref="KeepsFlow"/>) instead of paying a <see cref="Fork"/>.
    /// </summary>
    public static ValueTask<object?> LoadOnly(ValueTask<object?> resolution)
    {
        t_loadOnly = resolution;
        return resolution;
    }

    /// <summary>
    /// Whether the frame that ran a resolver may go on with this flow although the resolver did not finish: it returned
    /// exactly what <see cref="LoadOnly"/> noted (a wrapper, such as an async middleware, would have captured the flow).
    /// </summary>
    public static bool KeepsFlow(ValueTask<object?> resolution)
    {
        var kept = t_loadOnly.Equals(resolution);
        t_loadOnly = default;
        return kept;
    }

    /// <summary>Starts a new flow for the code that follows (a request, a dispatch round, or the rest of a frame).</summary>
    public static ExecutionFlow Fork(RequestScheduler scheduler)
    {
        var flow = new ExecutionFlow(scheduler);
        CurrentFlow.Value = flow;
        return flow;
    }

    /// <summary>Runs <paramref name="unit"/> (a dispatch round) on this flow.</summary>
    public void Run(ExecutionUnit unit)
    {
        _unit = unit;
        _resolving = false;
    }

    /// <summary>A resolver starts on this flow; it has no unit until it needs one.</summary>
    public void BeginResolver()
    {
        _unit = null;
        t_loadOnly = default;
        _resolving = true;
    }

    /// <summary>The resolver has returned its value: its unit, if it got one, stays current but is no longer created on demand.</summary>
    public ExecutionUnit? EndResolver()
    {
        _resolving = false;
        return Volatile.Read(ref _unit);
    }
}
