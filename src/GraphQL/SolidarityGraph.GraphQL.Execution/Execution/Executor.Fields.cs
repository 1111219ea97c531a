using SolidarityGraph.GraphQL.Introspection;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>Spec §6.3 Executing Selection Sets and §6.4 Executing Fields.</summary>
public static partial class Executor
{
    /// <summary>
    /// Spec §6.3 ExecuteSelectionSet (graphql-js <c>executeFields</c>): each response key in CollectFields order into
    /// <paramref name="result"/>, from <paramref name="start"/>. A field parked on a DataLoader leaves its entry to be
    /// filled later; a busy resolver makes the walk yield, and the rest of the set is postponed. Returns
    /// <paramref name="result"/>, or <see cref="PropagatedNull"/> when a non-null field failed (the fields not started
    /// yet are then not executed, like graphql-js).
    /// </summary>
    internal static object? ExecuteFields(
        ExecutionContext context, GroupedFieldSet groups, ObjectType objectType, object? objectValue, ResultMap result, int start)
    {
        for (var i = start; i < groups.Count; i++)
        {
            var group = groups[i];
            var field = group.FieldDefinitionFor(context.Schema, objectType);
            if (field is null)
            {
                // Only reachable without validation; graphql-js leaves such a field out of the response.
                continue;
            }

            context.CancellationToken.ThrowIfCancellationRequested();
            var index = result.Count;
            result.Add(group.ResponseKey, null);
            var value = IntrospectionResultCache.Covers(field)
                ? ExecuteIntrospectionField(context, objectType, objectValue, field, group, result, index)
                : ExecuteField(context, objectType, objectValue, field, group, result, index);
            if (ReferenceEquals(value, PropagatedNull))
            {
                ((IResultNode)result).IsNulled = true;
                return PropagatedNull;
            }

            result.SetValueAt(index, value);
            if (context.Scheduler.MustYield && i + 1 < groups.Count)
            {
                context.Scheduler.Postpone(new PostponedFields(context, groups, objectType, objectValue, result, i + 1));
                break;
            }
        }

        return result;
    }

    /// <summary>
    /// Spec §6.2.2: mutation root fields one after another; each field, DataLoader rounds and its whole subtree
    /// included, completes before the next one starts.
    /// </summary>
    private static async ValueTask<object?> ExecuteFieldsSeriallyAsync(
        ExecutionContext context, GroupedFieldSet groups, ObjectType objectType, object? objectValue, ResultMap result)
    {
        for (var i = 0; i < groups.Count; i++)
        {
            var group = groups[i];
            var field = group.FieldDefinitionFor(context.Schema, objectType);
            if (field is null)
            {
                continue;
            }

            context.CancellationToken.ThrowIfCancellationRequested();
            var index = result.Count;
            result.Add(group.ResponseKey, null);
            var value = ExecuteField(context, objectType, objectValue, field, group, result, index);
            if (ReferenceEquals(value, PropagatedNull))
            {
                return PropagatedNull;
            }

            result.SetValueAt(index, value);
            if (context.Scheduler.HasWork)
            {
                await context.Scheduler.DriveAsync().ConfigureAwait(false);
            }

            if (result.IsNulled)
            {
                return PropagatedNull;
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
    /// Spec §6.4 ExecuteField: coerce the arguments, resolve, complete, into entry <paramref name="index"/> of
    /// <paramref name="result"/>. This is a handling point of §6.4.4: an error here is recorded and yields null, or
    /// <see cref="PropagatedNull"/> when the field type is non-null. A field whose resolver has not finished is
    /// queued (<see cref="DeferredField"/>) and yields null until it completes.
    /// </summary>
    private static object? ExecuteField(
        ExecutionContext context,
        ObjectType objectType,
        object? objectValue,
        OutputField field,
        FieldGroup group,
        ResultMap result,
        int index)
    {
        var path = new LazyResponsePath(result, index);
        object? completed;
        try
        {
            var site = group.SiteFor(objectType, field, context.Variables);
            var resolution = ResolveFieldValue(context, site, objectValue, path, out var pending);
            if (pending is not null)
            {
                pending.Start();
                return null;
            }

            completed = CompleteValue(context, field.Type, group, resolution.Result, path, objectType, field, new ResultSlot(result, index, false));
        }
        catch (Exception exception) when (!IsCancellation(context, exception))
        {
            HandleFieldError(context, exception, group, path.Build());
            completed = PropagatedNull;
        }

        return NullableOutcome(field, completed);
    }

    /// <summary>
    /// <c>__schema</c> or <c>__type(name:)</c>: the result an earlier request of this document completed on this
    /// schema, else ExecuteField, keeping the result when it completed in this walk without errors.
    /// </summary>
    private static object? ExecuteIntrospectionField(
        ExecutionContext context, ObjectType objectType, object? objectValue, OutputField field, FieldGroup group, ResultMap result, int index)
    {
        if (IntrospectionResultCache.TryGet(context, group, out var kept))
        {
            return kept;
        }

        var errors = context.Errors.Count;
        var queuedBefore = context.Scheduler.HasWork;

        // Its maps get value arrays of their own, so a kept result holds on to none of this request's other values.
        var requestValues = context.ResultValues;
        context.ResultValues = new ResultValueStore();
        var value = ExecuteField(context, objectType, objectValue, field, group, result, index);
        context.ResultValues = requestValues;
        if (!queuedBefore && !context.Scheduler.HasWork && context.Errors.Count == errors && !ReferenceEquals(value, PropagatedNull))
        {
            IntrospectionResultCache.Store(context, group, value);
        }

        return value;
    }

    /// <summary>A null that reached a nullable field stops there; at a non-null field it travels on.</summary>
    private static object? NullableOutcome(OutputField field, object? completed) =>
        ReferenceEquals(completed, PropagatedNull) && field.Type is not NonNullType ? null : completed;

    internal static bool IsCancellation(ExecutionContext context, Exception exception) =>
        exception is OperationCanceledException && context.CancellationToken.IsCancellationRequested;
}
