namespace SolidarityGraph.GraphQL.Types;

/// <summary>The kinds of types (spec §4.2.3 <c>__TypeKind</c>), in the order introspection lists them.</summary>
public enum TypeKind
{
    /// <summary>A scalar (§3.5).</summary>
    Scalar,

    /// <summary>An object type (§3.6).</summary>
    Object,

    /// <summary>An interface (§3.7).</summary>
    Interface,

    /// <summary>A union (§3.8).</summary>
    Union,

    /// <summary>An enum (§3.9).</summary>
    Enum,

    /// <summary>An input object type (§3.10).</summary>
    InputObject,

    /// <summary>A list wrapper (§3.11).</summary>
    List,

    /// <summary>A non-null wrapper (§3.12).</summary>
    NonNull,
}
