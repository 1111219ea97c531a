using System.Collections;
using SolidarityGraph.GraphQL.Introspection;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>Spec §6.4.2 ResolveFieldValue for fields with a resolver, and the resolver's part in the request's turn.</summary>
public static partial class Executor
{
    /// <summary>
    /// Runs a resolver on the current <see cref="ExecutionFlow"/>: loads it issues park it, a synchronized field holds
    /// the request gate until its value is resolved, and once the resolver has held the turn on its own it gives the
    /// turn back when its part of the completion is started (<c>ExecutionModel.md</c>). Its
    /// <see cref="ExecutionUnit"/> exists only if it loads, enters the gate or goes asynchronous.
    /// </summary>
    private static async ValueTask<object?> ExecuteResolverFieldAsync(
        ExecutionContext context,
        ObjectType objectType,
        object? objectValue,
        OutputField field,
        FieldGroup group,
        LazyResponsePath path,
        FieldResolver resolver)
    {
        var scheduler = context.Scheduler;
        var flow = ExecutionFlow.Current!;
        flow.BeginResolver();
        var resolving = true;
        ExecutionUnit? unit = null;
        var ownsTurn = false;
        var gated = false;
        object? completed;
        try
        {
            var arguments = group.ArgumentValuesFor(objectType, field, context.Variables);
            if (ServiceSynchronization.IsFieldSynchronized(field))
            {
                unit = flow.Unit!;
                var entered = scheduler.EnterGateAsync(unit);
                gated = true;
                if (!entered.IsCompleted)
                {
                    // Parked on the gate: the caller keeps the turn; the unit gets its own when the gate is handed over.
                    ownsTurn = true;
                    await entered.ConfigureAwait(false);
                }
            }

            var resolution = resolver(CreateResolverContext(context, flow, objectType, field, group, objectValue, path, arguments));
            object? resolved;
            if (resolution.IsCompleted)
            {
                resolved = resolution.Result;
            }
            else
            {
                unit ??= flow.Unit!;
                if (!ownsTurn)
                {
                    scheduler.OnResolverPending(unit);
                    ownsTurn = true;
                }

                resolved = await resolution.ConfigureAwait(false);
                if (!scheduler.Holds(unit))
                {
                    await scheduler.AcquireTurnAsync(unit).ConfigureAwait(false);
                }
            }

            resolving = false;
            unit = flow.EndResolver();
            if (gated)
            {
                // A lazy sequence (an EF Core query) is read while the gate is still held.
                resolved = Materialize(field.Type, resolved);
                gated = false;
                scheduler.ExitGate(unit!);
            }

            if (unit is not null)
            {
                unit.Finished = true;
            }

            var completion = CompleteValueAsync(context, field.Type, group, resolved, path, objectType, field);
            if (completion.IsCompleted)
            {
                completed = completion.Result;
            }
            else
            {
                if (ownsTurn)
                {
                    ownsTurn = false;
                    scheduler.Settle(unit!);
                }

                completed = await completion.ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (!IsCancellation(context, exception))
        {
            HandleFieldError(context, exception, group, path.Build());
            completed = PropagatedNull;
        }
        finally
        {
            if (resolving)
            {
                unit = flow.EndResolver();
            }

            if (gated)
            {
                scheduler.ExitGate(unit!);
            }

            if (unit is not null)
            {
                unit.Finished = true;
                if (ownsTurn)
                {
                    scheduler.ReleaseIfHolder(unit);
                }
            }
        }

        return ReferenceEquals(completed, PropagatedNull) && field.Type is not NonNullType ? null : completed;
    }

    /// <summary>
    /// A new context, or for an introspection field (spec §4) the flow's spare one: the introspection resolvers are
    /// synchronous and keep no reference to it, and introspection queries run hundreds of them.
    /// </summary>
    private static ResolverContext CreateResolverContext(
        ExecutionContext context,
        ExecutionFlow flow,
        ObjectType objectType,
        OutputField field,
        FieldGroup group,
        object? objectValue,
        LazyResponsePath path,
        IReadOnlyDictionary<string, object?> arguments)
    {
        if (!IsIntrospectionField(objectType, field))
        {
            return new ResolverContext(context, objectType, field, group, objectValue, path, arguments);
        }

        return flow.SpareContext?.Reset(objectType, field, group, objectValue, path, arguments)
            ?? (flow.SpareContext = new ResolverContext(context, objectType, field, group, objectValue, path, arguments));
    }

    private static bool IsIntrospectionField(ObjectType objectType, OutputField field)
    {
        if (ReferenceEquals(field, IntrospectionTypes.TypeNameField)
            || ReferenceEquals(field, IntrospectionTypes.SchemaField)
            || ReferenceEquals(field, IntrospectionTypes.TypeField))
        {
            return true;
        }

        if (!objectType.Name.StartsWith("__", StringComparison.Ordinal))
        {
            return false;
        }

        var types = IntrospectionTypes.All;
        for (var i = 0; i < types.Count; i++)
        {
            if (ReferenceEquals(types[i], objectType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The items of a lazy sequence resolved for a list field, read now; anything else unchanged.</summary>
    private static object? Materialize(IType type, object? value)
    {
        var unwrapped = type is NonNullType nonNull ? nonNull.OfType : type;
        if (unwrapped is not ListType || value is not IEnumerable sequence || value is string || value is ICollection)
        {
            return value;
        }

        var items = new List<object?>();
        foreach (var item in sequence)
        {
            items.Add(item);
        }

        return items;
    }
}
