using System.Collections;
using System.Reflection;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.CodeFirst.Building;

/// <summary>
/// Resolves <see cref="TypeRef"/>s to core types. CLR inference: value types are non-null unless
/// <see cref="Nullable{T}"/>; reference types follow their nullability annotation (an unannotated or unknown
/// reference is nullable); <c>Task&lt;T&gt;</c>/<c>ValueTask&lt;T&gt;</c> are unwrapped; arrays and generic sequences
/// (not strings or dictionaries) become lists whose item nullability follows the type argument.
/// </summary>
internal sealed class TypeResolution(TypeRegistry registry)
{
    public IType? Resolve(TypeRef reference, bool input, out string? error)
    {
        error = null;
        if (reference.Resolved is { } resolved)
        {
            return resolved;
        }

        if (reference.Sdl is { } sdl)
        {
            return FromSdl(sdl, out error);
        }

        if (reference.DefinitionType is { } definition)
        {
            return FromDefinition(definition, input, out error);
        }

        return Infer(reference.ClrType!, reference.Nullability, input, reference.IsId, out error);
    }

    public IType? Infer(Type type, NullabilityInfo? nullability, bool input, bool isId, out string? error)
    {
        error = null;
        if (!input && type.IsGenericType && type.GetGenericTypeDefinition() is var open && (open == typeof(Task<>) || open == typeof(ValueTask<>)))
        {
            return Infer(type.GetGenericArguments()[0], Argument(nullability, 0), input, isId, out error);
        }

        bool nullable;
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            nullable = true;
            type = underlying;
        }
        else
        {
            nullable = !type.IsValueType && nullability?.ReadState != NullabilityState.NotNull;
        }

        IType? inner;
        if (TryGetElementType(type, nullability, out var elementType, out var elementNullability))
        {
            inner = Infer(elementType, elementNullability, input, isId, out error) is { } item ? new ListType(item) : null;
        }
        else
        {
            inner = isId ? Types.Scalars.SpecifiedScalars.ID : registry.GetByClr(type, input);
            if (inner is null)
            {
                error = $"the CLR type {FriendlyName(type)} is not mapped to a GraphQL {(input ? "input " : "")}type";
            }
        }

        return inner is null ? null : nullable ? inner : new NonNullType(inner);
    }

    public static string FriendlyName(Type type) => type.IsGenericType
        ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] + "<" + string.Join(", ", type.GetGenericArguments().Select(FriendlyName)) + ">"
        : type.Name;

    /// <summary>Whether <paramref name="type"/> is a sequence mapped to a GraphQL list, and of what.</summary>
    public static bool TryGetElementType(Type type, NullabilityInfo? nullability, out Type elementType, out NullabilityInfo? elementNullability)
    {
        elementType = typeof(object);
        elementNullability = null;
        if (type == typeof(string) || typeof(IDictionary).IsAssignableFrom(type))
        {
            return false;
        }

        if (type.IsArray)
        {
            elementType = type.GetElementType()!;
            elementNullability = nullability?.ElementType;
            return true;
        }

        var sequence = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        if (sequence is null || type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>)))
        {
            return false;
        }

        elementType = sequence.GetGenericArguments()[0];

        // The annotation of the item is the first type argument when the sequence type is generic over its item
        // (List<T>, IReadOnlyList<T>, HashSet<T> …); other collection classes carry no item annotation.
        if (type.IsGenericType && type.GetGenericArguments() is { Length: 1 } arguments && arguments[0] == elementType)
        {
            elementNullability = Argument(nullability, 0);
        }

        return true;
    }

    private static NullabilityInfo? Argument(NullabilityInfo? nullability, int index) =>
        nullability is { GenericTypeArguments.Length: > 0 } info && index < info.GenericTypeArguments.Length ? info.GenericTypeArguments[index] : null;

    private IType? FromSdl(string sdl, out string? error)
    {
        error = null;
        TypeNode node;
        try
        {
            node = Parser.ParseType(sdl);
        }
        catch (Exception exception) when (exception is Errors.GraphQLSyntaxException or ArgumentException)
        {
            error = $"\"{sdl}\" is not a valid type reference";
            return null;
        }

        return FromNode(node, sdl, out error);
    }

    private IType? FromNode(TypeNode node, string sdl, out string? error)
    {
        error = null;
        switch (node)
        {
            case NonNullTypeNode nonNull:
                return FromNode(nonNull.Type, sdl, out error) is { } inner ? new NonNullType(inner) : null;
            case ListTypeNode list:
                return FromNode(list.Type, sdl, out error) is { } item ? new ListType(item) : null;
            default:
                var name = ((NamedTypeNode)node).Name.Value;
                var named = registry.GetByName(name);
                if (named is null)
                {
                    error = $"the type \"{name}\" in \"{sdl}\" is not defined";
                }

                return named;
        }
    }

    private IType? FromDefinition(Type definition, bool input, out string? error)
    {
        error = null;
        if (definition.IsGenericType && definition.GetGenericTypeDefinition() == typeof(NonNullType<>))
        {
            return FromDefinition(definition.GetGenericArguments()[0], input, out error) is { } inner ? new NonNullType(inner.NullableType()) : null;
        }

        if (definition.IsGenericType && definition.GetGenericTypeDefinition() == typeof(ListType<>))
        {
            return FromDefinition(definition.GetGenericArguments()[0], input, out error) is { } item ? new ListType(item) : null;
        }

        var named = registry.GetByDefinition(definition) ?? registry.GetByClr(definition, input);
        if (named is null)
        {
            error = typeof(ITypeDefinition).IsAssignableFrom(definition) || typeof(ScalarType).IsAssignableFrom(definition)
                ? $"the type definition {FriendlyName(definition)} is not registered with the schema builder"
                : $"the CLR type {FriendlyName(definition)} is not mapped to a GraphQL {(input ? "input " : "")}type";
        }

        return named;
    }
}
