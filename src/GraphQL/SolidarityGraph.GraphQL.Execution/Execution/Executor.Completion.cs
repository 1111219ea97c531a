using System.Collections;
using System.Text.Json;
using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>Spec §6.4.3 Value Completion.</summary>
public static partial class Executor
{
    /// <summary>
    /// Spec §6.4.3 CompleteValue(fieldType, fields, result, variableValues). Returns the completed value or
    /// <see cref="PropagatedNull"/>; throws for an error that the nearest handling point must record.
    /// </summary>
    private static async ValueTask<object?> CompleteValueAsync(
        ExecutionContext context, IType type, FieldGroup group, object? result, LazyResponsePath path, ObjectType parentType, OutputField field)
    {
        // A resolver may return an error instead of throwing it (graphql-js: `result instanceof Error`).
        if (result is Exception exception)
        {
            throw exception;
        }

        if (result is GraphQLError error)
        {
            throw new ReturnedErrorException(error);
        }

        if (type is NonNullType nonNull)
        {
            var completed = await CompleteValueAsync(context, nonNull.OfType, group, result, path, parentType, field).ConfigureAwait(false);
            if (completed is null)
            {
                throw new FieldErrorException(
                    $"Cannot return null for non-nullable field {parentType.Name}.{field.Name}.",
                    ExecutionErrorCodes.NonNullViolation,
                    ExecutionErrors.HandlingExecutionErrors);
            }

            return completed;
        }

        if (result is null || (result is JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined }))
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                return await CompleteListValueAsync(context, list, group, result, path.Build(), parentType, field).ConfigureAwait(false);
            case ScalarType scalar:
                return CompleteLeafValue(scalar, result);
            case EnumType enumType:
                return CompleteLeafValue(enumType, result);
            case ObjectType objectType:
                return await CompleteObjectValueAsync(context, objectType, group, result, path, parentType, field).ConfigureAwait(false);
            case IAbstractType abstractType:
                var runtimeType = ResolveAbstractType(context, abstractType, group, result, path, parentType, field);
                return await CompleteObjectValueAsync(context, runtimeType, group, result, path, parentType, field).ConfigureAwait(false);
            default:
                throw new InvalidOperationException($"Cannot complete value of unexpected output type: {type}");
        }
    }

    /// <summary>
    /// Completes each item; every item is a handling point of §6.4.4 with the item type. Like a selection set, an item
    /// parked on a DataLoader does not hold up the next one. A lazy sequence is read before the first item completes.
    /// </summary>
    private static async ValueTask<object?> CompleteListValueAsync(
        ExecutionContext context, ListType list, FieldGroup group, object result, ResponsePath path, ObjectType parentType, OutputField field)
    {
        ListItems items = result switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => new((IList)array.EnumerateArray().Select(JsonValues.Unwrap).ToList()),
            IList list1 => new(list1),
            IReadOnlyList<object?> readOnly => new(readOnly),
            _ when InputValueCoercion.IsList(result) => new((IList)((IEnumerable)result).Cast<object?>().ToList()),
            _ => throw new FieldErrorException(
                $"Expected Iterable, but did not find one for field \"{parentType.Name}.{field.Name}\".",
                ExecutionErrorCodes.ListExpected,
                ExecutionErrors.ValueCompletion),
        };

        var completed = new object?[items.Count];
        var scheduler = context.Scheduler;
        var token = scheduler.Holder!;
        var resumed = false;
        var propagated = false;
        var pending = default(PendingValues);
        try
        {
            for (var index = 0; index < completed.Length && !propagated; index++)
            {
                var completion = CompleteValueAsync(context, list.OfType, group, items[index], new LazyResponsePath(path, index), parentType, field);
                if (completion.IsCompleted)
                {
                    object? value;
                    try
                    {
                        value = completion.Result;
                    }
                    catch (Exception exception) when (!IsCancellation(context, exception))
                    {
                        HandleFieldError(context, exception, group, path.Append(index));
                        value = PropagatedNull;
                    }

                    propagated = !StoreItem(list, index, value, completed);
                    continue;
                }

                // The pending item keeps the flow its continuations captured; the next items run on a new one.
                ExecutionFlow.Fork(scheduler);
                pending.Add(index, completion, completed.Length - index - 1);
                if (!scheduler.Holds(token))
                {
                    token = await scheduler.WaitForTurnAsync(path.Depth, endsUnwinding: resumed).ConfigureAwait(false);
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
                var (index, completion) = pending[p];
                object? value;
                try
                {
                    value = await completion.ConfigureAwait(false);
                }
                catch (Exception exception) when (!IsCancellation(context, exception))
                {
                    HandleFieldError(context, exception, group, path.Append(index));
                    value = PropagatedNull;
                }

                propagated |= !StoreItem(list, index, value, completed);
            }
        }
        finally
        {
            if (resumed)
            {
                scheduler.ReleaseIfHolder(token);
            }
        }

        return propagated ? PropagatedNull : completed;
    }

    /// <summary>Stores a finished item; false when it is a null that propagates to the whole list (non-null items).</summary>
    private static bool StoreItem(ListType list, int index, object? value, object?[] completed)
    {
        if (ReferenceEquals(value, PropagatedNull))
        {
            if (list.OfType is NonNullType)
            {
                return false;
            }

            value = null;
        }

        completed[index] = value;
        return true;
    }

    /// <summary>Spec §3.5 / §3.9 result coercion: the serializer's value; failing or null serialization is a field error.</summary>
    private static object CompleteLeafValue(INamedType leafType, object result)
    {
        object? serialized;
        try
        {
            serialized = leafType is EnumType enumType ? enumType.Serialize(result) : ((ScalarType)leafType).Serialize(result);
        }
        catch (LeafCoercionException exception)
        {
            throw new FieldErrorException(exception.Message, ExecutionErrorCodes.ResultCoercionFailed, ExecutionErrors.ValueCompletion);
        }

        return serialized ?? throw new FieldErrorException(
            $"Expected `{leafType.Name}.serialize` to return non-nullable value, returned: null",
            ExecutionErrorCodes.ResultCoercionFailed,
            ExecutionErrors.ValueCompletion);
    }

    /// <summary>Spec §6.4.3: an object value completes as ExecuteSelectionSet over its merged sub-selections.</summary>
    private static ValueTask<object?> CompleteObjectValueAsync(
        ExecutionContext context, ObjectType objectType, FieldGroup group, object result, LazyResponsePath path, ObjectType parentType, OutputField field)
    {
        if (objectType.IsTypeOf is { } isTypeOf
            && !isTypeOf(result, new ResolverContext(context, parentType, field, group, result, path, EmptyArguments)))
        {
            throw new FieldErrorException(
                $"Expected value of type \"{objectType.Name}\" but got: {Inspect.Value(result)}.",
                ExecutionErrorCodes.AbstractTypeResolutionFailed,
                ExecutionErrors.ValueCompletion);
        }

        var subfields = context.CollectSubfields(objectType, group);
        return ExecuteSelectionSetAsync(context, subfields, objectType, result, path.Build());
    }

    /// <summary>The items of a list result, read in place whether it is an <see cref="IList"/> or a read-only list.</summary>
    private readonly struct ListItems
    {
        private readonly IList? _list;
        private readonly IReadOnlyList<object?>? _readOnly;

        public ListItems(IList list) => _list = list;

        public ListItems(IReadOnlyList<object?> list) => _readOnly = list;

        public int Count => _list?.Count ?? _readOnly!.Count;

        public object? this[int index] => _list is not null ? _list[index] : _readOnly![index];
    }

    private static readonly IReadOnlyDictionary<string, object?> EmptyArguments = new Dictionary<string, object?>();
}
