namespace SolidarityGraph.GraphQL.Types;

/// <summary>Predicates and unwrapping helpers over <see cref="IType"/> (spec §3.4 Types, §3.4.1 Wrapping Types).</summary>
public static class TypeExtensions
{
    /// <summary>The named type under any list and non-null wrappers.</summary>
    public static INamedType NamedType(this IType type)
    {
        while (true)
        {
            switch (type)
            {
                case ListType list:
                    type = list.OfType;
                    break;
                case NonNullType nonNull:
                    type = nonNull.OfType;
                    break;
                default:
                    return (INamedType)type;
            }
        }
    }

    /// <summary>The type without its outer non-null wrapper (unchanged when nullable).</summary>
    public static IType NullableType(this IType type) => type is NonNullType nonNull ? nonNull.OfType : type;

    /// <summary>Whether the type is a non-null wrapper.</summary>
    public static bool IsNonNullType(this IType type) => type is NonNullType;

    /// <summary>Whether the type is a list wrapper.</summary>
    public static bool IsListType(this IType type) => type is ListType;

    /// <summary>Whether the type is a list or non-null wrapper.</summary>
    public static bool IsWrappingType(this IType type) => type is ListType or NonNullType;

    /// <summary>Whether values of the type may be inputs (spec §3.4.2): scalars, enums, input objects, and wrappers of them.</summary>
    public static bool IsInputType(this IType type) =>
        type.NamedType() is ScalarType or EnumType or InputObjectType;

    /// <summary>Whether values of the type may be outputs (spec §3.4.2): anything but input objects, and wrappers of them.</summary>
    public static bool IsOutputType(this IType type) =>
        type.NamedType() is ScalarType or ObjectType or InterfaceType or UnionType or EnumType;

    /// <summary>Whether the type is a scalar or an enum (not wrapped).</summary>
    public static bool IsLeafType(this IType type) => type is ScalarType or EnumType;

    /// <summary>Whether the type is an object, interface or union (not wrapped).</summary>
    public static bool IsCompositeType(this IType type) => type is ObjectType or InterfaceType or UnionType;

    /// <summary>Whether the type is an interface or a union (not wrapped).</summary>
    public static bool IsAbstractType(this IType type) => type is InterfaceType or UnionType;

    /// <summary>Whether the type is a named type (not wrapped).</summary>
    public static bool IsNamedType(this IType type) => type is INamedType;

    /// <summary>
    /// Whether the type is named like one of the eight introspection types of spec §4.2 (<c>__Schema</c>,
    /// <c>__Type</c> …); other names starting with <c>__</c> are user types that schema validation rejects.
    /// </summary>
    public static bool IsIntrospectionType(this INamedType type) => type.Name is "__Schema" or "__Directive"
        or "__DirectiveLocation" or "__Type" or "__Field" or "__InputValue" or "__EnumValue" or "__TypeKind";
}
