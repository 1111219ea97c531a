namespace SolidarityGraph.GraphQL.DataLoader;

/// <summary>
/// Marks the tasks that <c>LoadAsync</c> returns (their <see cref="Task.AsyncState"/>), so that the executor knows a
/// resolver that returned one as is ran no code of its own that is still to continue: the load's completion is the
/// only thing the field waits for (see <c>ExecutionModel.md</c>, "How it runs").
/// </summary>
internal static class LoadTasks
{
    /// <summary>The <see cref="Task.AsyncState"/> of every task a DataLoader's <c>LoadAsync</c> returns.</summary>
    public static readonly object State = new LoadTaskState();

    /// <summary>Whether <paramref name="task"/> is a DataLoader load, as <c>LoadAsync</c> returned it.</summary>
    public static bool IsLoad(Task task) => ReferenceEquals(task.AsyncState, State);

    private sealed class LoadTaskState
    {
        public override string ToString() => "DataLoader load";
    }
}
