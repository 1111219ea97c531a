using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Types;

/// <summary>
/// Any GraphQL type (spec §3.4): a named type or a <see cref="ListType"/> / <see cref="NonNullType"/> wrapper.
/// <see cref="object.ToString"/> prints the type reference as in SDL, e.g. <c>[String!]</c>.
/// </summary>
public interface IType
{
    /// <summary>The kind of the type.</summary>
    TypeKind Kind { get; }
}

/// <summary>A named type: a scalar, object, interface, union, enum or input object type.</summary>
public interface INamedType : IType
{
    /// <summary>The unique name within a schema.</summary>
    string Name { get; }

    /// <summary>The description (Markdown), or <see langword="null"/>.</summary>
    string? Description { get; }

    /// <summary>The directives applied to the type definition and its extensions, in source order.</summary>
    IReadOnlyList<DirectiveNode> Directives { get; }

    /// <summary>The definition the type was built from, or <see langword="null"/> for types built in code.</summary>
    TypeDefinitionNode? AstNode { get; }

    /// <summary>The extensions (<c>extend type …</c>) merged into the type; empty when none.</summary>
    IReadOnlyList<TypeExtensionNode> ExtensionAstNodes { get; }

    /// <summary>Free-form metadata for the engine and application layers (authorization policies, cost …).</summary>
    IDictionary<string, object?> ContextData { get; }
}

/// <summary>An abstract type (spec §3.7, §3.8): an <see cref="InterfaceType"/> or a <see cref="UnionType"/>.</summary>
public interface IAbstractType : INamedType
{
    /// <summary>Picks the object type of a runtime value, or <see langword="null"/> to fall back to <see cref="ObjectType.IsTypeOf"/> checks.</summary>
    Resolvers.TypeResolver? ResolveType { get; }
}

/// <summary>A type with a fields definition: an <see cref="ObjectType"/> or an <see cref="InterfaceType"/>.</summary>
public interface IComplexOutputType : INamedType
{
    /// <summary>The fields in definition order.</summary>
    FieldCollection<OutputField> Fields { get; }

    /// <summary>The interfaces the type implements, in definition order.</summary>
    IReadOnlyList<InterfaceType> Interfaces { get; }
}
