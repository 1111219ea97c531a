namespace SolidarityGraph.GraphQL.Execution.Scheduling;

/// <summary>
/// A piece of execution the <see cref="RequestScheduler"/> runs when the request's turn is free: the completion of a
/// field whose resolver finished late, or the rest of a selection set or list whose walk stopped for a busy resolver.
/// Runs synchronously; anything it starts that cannot finish is queued again.
/// </summary>
internal abstract class ExecutionWork
{
    public abstract void Run();
}

/// <summary>
/// The completion of a field whose resolver returned an unfinished task. The scheduler learns that the resolver has
/// finished in one of two ways: a resolver parked on a load or the gate can only go on in its unit's turn, so the
/// driver polls it right after resuming it (<see cref="IsResolved"/>), at no cost per field; only a resolver that is
/// busy (awaiting anything else, possibly on another thread) gets a continuation (<see cref="Watch"/>).
/// </summary>
internal abstract class ParkedField : ExecutionWork
{
    /// <summary>The resolver's task has finished.</summary>
    public abstract bool IsResolved { get; }

    /// <summary>Queues this field's completion when the resolver finishes, from whatever thread finishes it.</summary>
    public abstract void Watch();
}
