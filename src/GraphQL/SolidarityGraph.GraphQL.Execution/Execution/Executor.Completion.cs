using System.Collections;
using System.Runtime.CompilerServices;
using System.Text.Json;
using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Scalars;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>Spec §6.4.3 Value Completion.</summary>
public static partial class Executor
{

    /// <summary>
    /// Spec §6.4.3 CompleteValue(fieldType, fields, result, variableValues) into the position <paramref name="slot"/>.
    /// Returns the completed value or <see cref="PropagatedNull"/>; throws for an error that the nearest handling
    /// point must record.
    /// </summary>
    internal static object? CompleteValue(
        ExecutionContext context, IType type, FieldGroup group, object? result, LazyResponsePath path, ObjectType parentType, OutputField field, ResultSlot slot)
    {
        if (IsSelfSerialized(type, result))
        {
            return result;
        }

        // A resolver may return an error instead of throwing it (graphql-js: `result instanceof Error`). Strings and
        // integers, most of the leaves, skip the two tests: each walks the value's class hierarchy.
        if (result is not (string or int))
        {
            ThrowIfReturnedError(result);
        }

        if (type is NonNullType nonNull)
        {
            return CompleteValue(context, nonNull.OfType, group, result, path, parentType, field, slot.AsNonNull())
                ?? throw new FieldErrorException(
                    $"Cannot return null for non-nullable field {parentType.Name}.{field.Name}.",
                    ExecutionErrorCodes.NonNullViolation,
                    ExecutionErrors.HandlingExecutionErrors);
        }

        if (result is null || (result is JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined }))
        {
            return null;
        }

        return type switch
        {
            ListType list => CompleteListValue(context, list, group, result, path, parentType, field, slot),
            ScalarType or EnumType => CompleteLeafValue((INamedType)type, result),
            ObjectType objectType => CompleteObjectValue(context, objectType, group, result, path, parentType, field, slot),
            IAbstractType abstractType => CompleteObjectValue(
                context, ResolveAbstractType(context, abstractType, group, result, path, parentType, field), group, result, path, parentType, field, slot),
            _ => throw new InvalidOperationException($"Cannot complete value of unexpected output type: {type}"),
        };
    }

    /// <summary>
    /// Most leaves: a value of the built-in scalar's own runtime type, which its serializer returns unchanged (spec
    /// §3.5.1–§3.5.5 result coercion), so CompleteValue can return it before any other type test (the types are sealed:
    /// each test is one comparison).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSelfSerialized(IType type, object? result)
    {
        var named = type is NonNullType nonNull ? nonNull.OfType : type;
        return result switch
        {
            string => named is StringType or IdType,
            int => named is IntType,
            bool => named is BooleanType,
            _ => false,
        };
    }

    private static void ThrowIfReturnedError(object? result)
    {
        if (result is Exception exception)
        {
            throw exception;
        }

        if (result is GraphQLError error)
        {
            throw new ReturnedErrorException(error);
        }
    }

    /// <summary>
    /// Completes each item; every item is a handling point of §6.4.4 with the item type. An item whose fields are
    /// parked on a DataLoader leaves them to be filled later; a lazy sequence is read before the first item completes.
    /// </summary>
    private static object? CompleteListValue(
        ExecutionContext context, ListType list, FieldGroup group, object result, LazyResponsePath path, ObjectType parentType, OutputField field, ResultSlot slot)
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
        var itemType = list.OfType is NonNullType nonNull ? nonNull.OfType : list.OfType;
        if (itemType is ScalarType or EnumType)
        {
            return CompleteLeafItems(context, list, group, items, completed, path, parentType, field);
        }

        return CompleteItems(context, new ListCompletion(list, group, items, new ResultList(completed, slot), parentType, field), 0);
    }

    /// <summary>The items of <paramref name="list"/> from <paramref name="start"/>; yields like ExecuteFields when a resolver is busy.</summary>
    internal static object? CompleteItems(ExecutionContext context, in ListCompletion list, int start)
    {
        var items = list.Result.Items;
        for (var index = start; index < items.Length; index++)
        {
            object? value;
            var itemPath = new LazyResponsePath(list.Result, index);
            try
            {
                var slot = new ResultSlot(list.Result, index, false);
                value = CompleteValue(context, list.Type.OfType, list.Group, list.Source[index], itemPath, list.ParentType, list.Field, slot);
            }
            catch (Exception exception) when (!IsCancellation(context, exception))
            {
                HandleFieldError(context, exception, list.Group, itemPath.Build());
                value = PropagatedNull;
            }

            if (!StoreItem(list.Type, index, value, items))
            {
                list.Result.IsNulled = true;
                return PropagatedNull;
            }

            if (context.Scheduler.MustYield && index + 1 < items.Length)
            {
                context.Scheduler.Postpone(new PostponedItems(context, list, index + 1));
                break;
            }
        }

        return items;
    }

    /// <summary>Items of a scalar or enum type: nothing below them can wait, so no tree position is kept.</summary>
    private static object? CompleteLeafItems(
        ExecutionContext context, ListType list, FieldGroup group, ListItems items, object?[] completed, LazyResponsePath path, ObjectType parentType, OutputField field)
    {
        for (var index = 0; index < completed.Length; index++)
        {
            object? value;
            try
            {
                value = CompleteValue(context, list.OfType, group, items[index], path, parentType, field, default);
            }
            catch (Exception exception) when (!IsCancellation(context, exception))
            {
                HandleFieldError(context, exception, group, path.Build().Append(index));
                value = PropagatedNull;
            }

            if (!StoreItem(list, index, value, completed))
            {
                return PropagatedNull;
            }
        }

        return completed;
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
    private static object? CompleteObjectValue(
        ExecutionContext context, ObjectType objectType, FieldGroup group, object result, LazyResponsePath path, ObjectType parentType, OutputField field, ResultSlot slot)
    {
        if (objectType.IsTypeOf is { } isTypeOf
            && !isTypeOf(result, new ResolverContext(context, group.SiteFor(parentType, field, context.Variables).WithoutArguments, result, path)))
        {
            throw new FieldErrorException(
                $"Expected value of type \"{objectType.Name}\" but got: {Inspect.Value(result)}.",
                ExecutionErrorCodes.AbstractTypeResolutionFailed,
                ExecutionErrors.ValueCompletion);
        }

        var subfields = context.CollectSubfields(objectType, group);
        return ExecuteFields(context, subfields, objectType, result, new ResultMap(subfields, slot, context.ResultValues), 0);
    }
}

/// <summary>The items of a list result, read in place whether it is an <see cref="IList"/> or a read-only list.</summary>
internal readonly struct ListItems
{
    private readonly IList? _list;
    private readonly IReadOnlyList<object?>? _readOnly;

    public ListItems(IList list) => _list = list;

    public ListItems(IReadOnlyList<object?> list) => _readOnly = list;

    public int Count => _list?.Count ?? _readOnly!.Count;

    public object? this[int index] => _list is not null ? _list[index] : _readOnly![index];
}
