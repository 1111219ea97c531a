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
