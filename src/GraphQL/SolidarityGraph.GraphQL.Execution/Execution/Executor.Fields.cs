using SolidarityGraph.GraphQL.Introspection;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>Spec §6.3 Executing Selection Sets and §6.4 Executing Fields.</summary>
public static partial class Executor
{
    /// <summary>
    /// Spec §6.3 ExecuteSelectionSet: each response key in order. Returns the <see cref="ResultMap"/>, or
    /// <see cref="PropagatedNull"/> as soon as a non-null field fails (later fields are not executed, like graphql-js).
    /// </summary>
    internal static async ValueTask<object?> ExecuteSelectionSetAsync(
        ExecutionContext context,
        IReadOnlyList<FieldGroup> groups,
        ObjectType objectType,
        object? objectValue,
        ResponsePath? path)
    {
        var result = new ResultMap(groups.Count);
        foreach (var group in groups)
        {
            var field = GetFieldDefinition(context.Schema, objectType, group.First.Name.Value);
            if (field is null)
            {
                // Only reachable without validation; graphql-js leaves such a field out of the response.
                continue;
            }

            context.CancellationToken.ThrowIfCancellationRequested();
            var fieldPath = path is null ? ResponsePath.Root(group.ResponseKey) : path.Append(group.ResponseKey);
            var value = await ExecuteFieldAsync(context, objectType, objectValue, field, group, fieldPath).ConfigureAwait(false);
            if (ReferenceEquals(value, PropagatedNull))
            {
                return PropagatedNull;
            }

            result.Add(group.ResponseKey, value);
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
    /// here is recorded and yields null, or <see cref="PropagatedNull"/> when the field type is non-null.
    /// </summary>
    private static async ValueTask<object?> ExecuteFieldAsync(
        ExecutionContext context,
        ObjectType objectType,
        object? objectValue,
        OutputField field,
        FieldGroup group,
        ResponsePath path)
    {
        object? completed;
        try
        {
            var arguments = ArgumentValues.CoerceArgumentValues(
                field.Arguments, group.First.Arguments, group.First, objectType.Name + "." + field.Name, context.Variables);
            var resolved = await ResolveFieldValueAsync(context, objectType, objectValue, field, group, path, arguments).ConfigureAwait(false);
            completed = await CompleteValueAsync(context, field.Type, group, resolved, path, objectType, field).ConfigureAwait(false);
        }
        catch (Exception exception) when (!IsCancellation(context, exception))
        {
            HandleFieldError(context, exception, group, path);
            completed = PropagatedNull;
        }

        return ReferenceEquals(completed, PropagatedNull) && field.Type is not NonNullType ? null : completed;
    }

    /// <summary>
    /// Spec §6.4.2 ResolveFieldValue: the field's resolver, else the request's, else <see cref="DefaultFieldResolver"/>
    /// (which needs no context object).
    /// </summary>
    private static ValueTask<object?> ResolveFieldValueAsync(
        ExecutionContext context,
        ObjectType objectType,
        object? objectValue,
        OutputField field,
        FieldGroup group,
        ResponsePath path,
        IReadOnlyDictionary<string, object?> arguments)
    {
        var resolver = field.Resolver ?? context.Request.FieldResolver;
        if (resolver is null)
        {
            return new ValueTask<object?>(DefaultFieldResolver.ResolveMember(objectValue, field.Name));
        }

        return resolver(new ResolverContext(context, objectType, field, group, objectValue, path, arguments));
    }

    private static bool IsCancellation(ExecutionContext context, Exception exception) =>
        exception is OperationCanceledException && context.CancellationToken.IsCancellationRequested;
}
