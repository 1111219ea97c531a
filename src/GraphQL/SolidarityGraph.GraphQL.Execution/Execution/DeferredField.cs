using SolidarityGraph.GraphQL.Execution.Scheduling;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>
/// A field whose resolver returned an unfinished task: queued on the <see cref="RequestScheduler"/> instead of
/// suspending the frames above it. When the resolver has finished, the scheduler runs the rest of spec §6.4
/// ExecuteField (CompleteValue) into the field's entry, and a null that must propagate travels up the result tree.
/// </summary>
internal sealed class DeferredField : ExecutionWork
{
    private readonly ExecutionContext _context;
    private readonly ExecutionUnit _unit;
    private readonly ObjectType _objectType;
    private readonly OutputField _field;
    private readonly FieldGroup _group;
    private readonly LazyResponsePath _path;
    private readonly ResultSlot _slot;
    private readonly ValueTask<object?> _resolution;

    private DeferredField(
        ExecutionContext context, ExecutionUnit unit, ObjectType objectType, OutputField field, FieldGroup group, LazyResponsePath path, ResultSlot slot, ValueTask<object?> resolution)
    {
        _context = context;
        _unit = unit;
        _objectType = objectType;
        _field = field;
        _group = group;
        _path = path;
        _slot = slot;
        _resolution = resolution;
    }

    /// <summary>Queues the field; its entry in <paramref name="slot"/> is filled when <paramref name="resolution"/> finishes.</summary>
    public static void Start(
        ExecutionContext context, ExecutionUnit unit, ObjectType objectType, OutputField field, FieldGroup group, LazyResponsePath path, ResultSlot slot, ValueTask<object?> resolution)
    {
        var deferred = new DeferredField(context, unit, objectType, field, group, path, slot, resolution);
        context.Scheduler.Defer(unit, deferred.OnFinished, resolution);
    }

    /// <summary>Spec §6.4 ExecuteField after ResolveFieldValue: complete the value, or handle the resolver's error.</summary>
    public override void Run()
    {
        var owner = _slot.Owner!;
        object? completed;
        try
        {
            var resolved = _resolution.GetAwaiter().GetResult();
            completed = Executor.CompleteValue(_context, _field.Type, _group, resolved, _path, _objectType, _field, new ResultSlot(owner, _slot.Index, false));
        }
        catch (Exception exception) when (!Executor.IsCancellation(_context, exception))
        {
            Executor.HandleFieldError(_context, exception, _group, _path.Build());
            completed = Executor.PropagatedNull;
        }

        if (!ReferenceEquals(completed, Executor.PropagatedNull))
        {
            ((ResultMap)owner).SetValueAt(_slot.Index, completed);
        }
        else if (_slot.NonNull)
        {
            NullPropagation.PropagateFrom(owner);
        }
    }

    private void OnFinished() => _context.Scheduler.OnFinished(_unit, this);
}
