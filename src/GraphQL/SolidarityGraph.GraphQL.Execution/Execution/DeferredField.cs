using SolidarityGraph.GraphQL.Execution.Scheduling;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>
/// A field whose resolver returned an unfinished task: queued on the <see cref="RequestScheduler"/> instead of
/// suspending the frames above it. When the resolver has finished, the scheduler runs the rest of spec §6.4
/// ExecuteField (CompleteValue) into the field's entry, and a null that must propagate travels up the result tree.
/// </summary>
/// <remarks>
/// Everything else the completion needs (the field, its parent type, its group and its entry in the result tree) is
/// read from the resolver's context, which the field had to create anyway: a parked field costs this object and its
/// unit (bench/results: Q3 parks 80 fields per request), and a continuation only when its resolver is busy.
/// </remarks>
internal sealed class DeferredField(ExecutionUnit unit, ResolverContext resolver, ValueTask<object?> resolution) : ParkedField
{
    public override bool IsResolved => resolution.IsCompleted;

    /// <summary>Queues the field; its entry is filled when the resolution finishes.</summary>
    public void Start() => resolver.Execution.Scheduler.Defer(unit, this);

    public override void Watch() => resolution.GetAwaiter().UnsafeOnCompleted(OnFinished);

    /// <summary>Spec §6.4 ExecuteField after ResolveFieldValue: complete the value, or handle the resolver's error.</summary>
    public override void Run()
    {
        var context = resolver.Execution;
        var field = resolver.Field;
        var path = resolver.LazyPath;
        var owner = (ResultMap)path.Owner!;
        object? completed;
        try
        {
            var resolved = resolution.GetAwaiter().GetResult();
            completed = Executor.CompleteValue(
                context, field.Type, resolver.Group, resolved, path, resolver.ParentType, field, new ResultSlot(owner, path.Index, false));
        }
        catch (Exception exception) when (!Executor.IsCancellation(context, exception))
        {
            Executor.HandleFieldError(context, exception, resolver.Group, path.Build());
            completed = Executor.PropagatedNull;
        }

        if (!ReferenceEquals(completed, Executor.PropagatedNull))
        {
            owner.SetValueAt(path.Index, completed);
        }
        else if (field.Type is NonNullType)
        {
            NullPropagation.PropagateFrom(owner);
        }
    }

    private void OnFinished() => resolver.Execution.Scheduler.OnFinished(unit, this);
}
