using System.Text.Json;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>Spec §6.4.3 ResolveAbstractType.</summary>
public static partial class Executor
{
    /// <summary>
    /// ResolveAbstractType(abstractType, objectValue): the type's own resolver, else the request's, else the default:
    /// a <c>__typename</c> entry, a possible type bound to the value's CLR type, a possible type's
    /// <see cref="ObjectType.IsTypeOf"/>, or a possible type named like the CLR type.
    /// </summary>
    private static ObjectType ResolveAbstractType(
        ExecutionContext context, IAbstractType abstractType, FieldGroup group, object value, LazyResponsePath path, ObjectType parentType, OutputField field)
    {
        var resolver = abstractType.ResolveType ?? context.Request.TypeResolver;
        var resolverContext = new ResolverContext(context, group.SiteFor(parentType, field, context.Variables).WithoutArguments, value, path);
        INamedType? runtimeType;
        string? runtimeName;
        if (resolver is not null)
        {
            runtimeType = resolver(value, resolverContext, abstractType);
            runtimeName = runtimeType?.Name;
        }
        else if (TypeNameOf(value) is { } typeName)
        {
            runtimeName = typeName;
            runtimeType = context.Schema.GetType(typeName);
        }
        else
        {
            runtimeType = FindByRuntimeValue(context.Schema, abstractType, value, resolverContext);
            runtimeName = runtimeType?.Name;
        }

        if (runtimeName is null)
        {
            throw AbstractError(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{parentType.Name}.{field.Name}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        }

        // A resolver must hand back the schema's own instance; look it up by name so a stale instance is caught.
        runtimeType = context.Schema.GetType(runtimeName);
        if (runtimeType is null)
        {
            throw AbstractError($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{runtimeName}\" that does not exist inside the schema.");
        }

        if (runtimeType is not ObjectType objectType)
        {
            throw AbstractError($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{runtimeName}\".");
        }

        if (!context.Schema.IsSubType(abstractType, objectType))
        {
            throw AbstractError($"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractType.Name}\".");
        }

        return objectType;
    }

    private static string? TypeNameOf(object value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map.TryGetValue("__typename", out var name) ? name as string : null,
        IDictionary<string, object?> dictionary => dictionary.TryGetValue("__typename", out var name) ? name as string : null,
        JsonElement { ValueKind: JsonValueKind.Object } element =>
            element.TryGetProperty("__typename", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null,
        _ => null,
    };

    private static ObjectType? FindByRuntimeValue(Schema schema, IAbstractType abstractType, object value, IResolverContext context)
    {
        if (value is IReadOnlyDictionary<string, object?> or IDictionary<string, object?> or JsonElement)
        {
            return null;
        }

        var possibleTypes = schema.GetPossibleTypes(abstractType);
        var clrType = value.GetType();
        foreach (var candidate in possibleTypes)
        {
            if (candidate.RuntimeType is { } bound && bound.IsAssignableFrom(clrType))
            {
                return candidate;
            }
        }

        foreach (var candidate in possibleTypes)
        {
            if (candidate.IsTypeOf is { } isTypeOf && isTypeOf(value, context))
            {
                return candidate;
            }
        }

        foreach (var candidate in possibleTypes)
        {
            if (string.Equals(candidate.Name, clrType.Name, StringComparison.Ordinal))
            {
                return candidate;
            }
        }

        return null;
    }

    private static FieldErrorException AbstractError(string message) =>
        new(message, ExecutionErrorCodes.AbstractTypeResolutionFailed, ExecutionErrors.ResolvingAbstractTypes);
}
