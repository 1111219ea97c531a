using SolidarityGraph.GraphQL.Introspection;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>Spec §6.3 Executing Selection Sets and §6.4 Executing Fields.</summary>
public static partial class Executor
{
    /// <summary>
    /// Spec §6.3 ExecuteSelectionSet: each response key in order. A field parked on a DataLoader does not hold up its
    /// siblings; a field busy with other I/O does (the frame waits for the turn). Returns the <see cref="ResultMap"/>
    /// in CollectFields order, or <see cref="PropagatedNull"/> when a non-null field fails (fields not started yet are
    /// then not executed, like graphql-js; fields already started are awaited).
    /// </summary>
    internal static async ValueTask<object?> ExecuteSelectionSetAsync(
        ExecutionContext context,
        GroupedFieldSet groups,
        ObjectType objectType,
        object? objectValue,
        ResponsePath? path)
    {
        var result = new ResultMap(groups.ResponseKeys);
        var scheduler = context.Scheduler;
        var token = scheduler.Holder!;
        var resumed = false;
        var propagated = false;
        var pending = default(PendingValues);
        try
        {
            for (var i = 0; i < groups.Count; i++)
            {
                var group = groups[i];
                var field = GetFieldDefinition(context.Schema, objectType, group.First.Name.Value);
                if (field is null)
                {
                    // Only reachable without validation; graphql-js leaves such a field out of the response.
                    continue;
                }

                context.CancellationToken.ThrowIfCancellationRequested();
                var execution = ExecuteFieldAsync(context, objectType, objectValue, field, group, new LazyResponsePath(path, group.ResponseKey));
                if (execution.IsCompleted)
                {
                    var value = execution.Result;
                    if (ReferenceEquals(value, PropagatedNull))
                    {
                        propagated = true;
                        break;
                    }

                    result.Add(group.ResponseKey, value);
                    continue;
                }

                // The pending field keeps the flow its continuations captured; the next fields run on a new one.
                ExecutionFlow.Fork(scheduler);
                pending.Add(result.Count, execution);
                result.Add(group.ResponseKey, null);
                if (!scheduler.Holds(token))
                {
                    token = await scheduler.WaitForTurnAsync(path?.Depth ?? 0, endsUnwinding: resumed).ConfigureAwait(false);
                    resumed = true;
                }
            }

            if (resumed)
            {
                resumed = false;
                scheduler.ReleaseIfHolder(token);
            }

            for (var p = 0; p < pending.Count; p++)
            {
                var (index, execution) = pending[p];
                var value = await execution.ConfigureAwait(false);
                if (ReferenceEquals(value, PropagatedNull))
                {
                    propagated = true;
                }
                else
                {
                    result.SetValueAt(index, value);
                }
            }
        }
        finally
        {
            if (resumed)
            {
                scheduler.ReleaseIfHolder(token);
            }
        }

        return propagated ? PropagatedNull : result;
    }

    /// <summary>
    /// Spec §6.2.2: mutation root fields one after another; each field, DataLoader rounds included, completes before
    /// the next one starts.
    /// </summary>
    private static async ValueTask<object?> ExecuteSelectionSetSeriallyAsync(
        ExecutionContext context, GroupedFieldSet groups, ObjectType objectType, object? objectValue)
    {
        var result = new ResultMap(groups.ResponseKeys);
        var scheduler = context.Scheduler;
        var token = scheduler.Holder!;
        var resumed = false;
        try
        {
            for (var i = 0; i < groups.Count; i++)
            {
                var group = groups[i];
                var field = GetFieldDefinition(context.Schema, objectType, group.First.Name.Value);
                if (field is null)
                {
                    continue;
                }

                context.CancellationToken.ThrowIfCancellationRequested();
                var execution = ExecuteFieldAsync(context, objectType, objectValue, field, group, new LazyResponsePath(null, group.ResponseKey));
                object? value;
                if (execution.IsCompleted)
                {
                    value = execution.Result;
                }
                else
                {
                    ExecutionFlow.Fork(scheduler);
                    if (resumed)
                    {
                        resumed = false;
                        scheduler.Settle(token);
                    }

                    value = await execution.ConfigureAwait(false);
                    token = await scheduler.WaitForTurnAsync(0, endsUnwinding: false).ConfigureAwait(false);
                    resumed = true;
                }

                if (ReferenceEquals(value, PropagatedNull))
                {
                    return PropagatedNull;
                }

                result.Add(group.ResponseKey, value);
            }
        }
        finally
        {
            if (resumed)
            {
                scheduler.ReleaseIfHolder(token);
            }
        }

        return result;
    }

    /// <summary>The field <paramref name="name"/> of <paramref name="objectType"/>, meta-fields included (spec §4.1).</summary>
    internal static OutputField? GetFieldDefinition(Schema schema, ObjectType objectType, string name)
    {
        if (name.Length > 1 && name[0] == '_' && name[1] == '_'
            && IntrospectionTypes.FindMetaField(objectType, name, ReferenceEquals(objectType, schema.QueryType)) is { } meta)
        {
            return meta;
        }

        return objectType.Fields.Find(name);
    }

    /// <summary>
    /// Spec §6.4 ExecuteField: coerce the arguments, resolve, complete. This is a handling point of §6.4.4: an error
    /// here is recorded and yields null, or <see cref="PropagatedNull"/> when the field type is non-null. Spec §6.4.2
    /// ResolveFieldValue picks the field's resolver, else the request's, else <see cref="DefaultFieldResolver"/>.
    /// </summary>
    private static ValueTask<object?> ExecuteFieldAsync(
        ExecutionContext context,
        ObjectType objectType,
        object? objectValue,
        OutputField field,
        FieldGroup group,
        LazyResponsePath path)
    {
        var resolver = field.Resolver ?? context.Request.FieldResolver;
        return resolver is null
            ? ExecuteMemberFieldAsync(context, objectType, objectValue, field, group, path)
            : ExecuteResolverFieldAsync(context, objectType, objectValue, field, group, path, resolver);
    }

    /// <summary>A field read from the parent by <see cref="DefaultFieldResolver"/>: no user code, so no unit.</summary>
    private static async ValueTask<object?> ExecuteMemberFieldAsync(
        ExecutionContext context, ObjectType objectType, object? objectValue, OutputField field, FieldGroup group, LazyResponsePath path)
    {
        object? completed;
        try
        {
            group.ArgumentValuesFor(objectType, field, context.Variables);
            var resolved = DefaultFieldResolver.ResolveMember(objectValue, field.Name);
            completed = await CompleteValueAsync(context, field.Type, group, resolved, path, objectType, field).ConfigureAwait(false);
        }
        catch (Exception exception) when (!IsCancellation(context, exception))
        {
            HandleFieldError(context, exception, group, path.Build());
            completed = PropagatedNull;
        }

        return ReferenceEquals(completed, PropagatedNull) && field.Type is not NonNullType ? null : completed;
    }

    private static bool IsCancellation(ExecutionContext context, Exception exception) =>
        exception is OperationCanceledException && context.CancellationToken.IsCancellationRequested;
}
