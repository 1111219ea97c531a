namespace SolidarityGraph.GraphQL.Language.Ast;

/// <summary>A type reference (spec §2.11): <c>Type : NamedType | ListType | NonNullType</c>.</summary>
public abstract class TypeNode : SyntaxNode
{
    /// <summary>Initialises the type reference.</summary>
    protected TypeNode(Location? location)
        : base(location)
    {
    }
}

/// <summary>A named type reference: <c>NamedType : Name</c>.</summary>
public sealed class NamedTypeNode : TypeNode, IHasName
{
    /// <summary>Creates a named type reference.</summary>
    public NamedTypeNode(NameNode name, Location? location = null)
        : base(location) => Name = Required(name, nameof(name));

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.NamedType;

    /// <summary>The type name.</summary>
    public NameNode Name { get; }
}

/// <summary>A list type reference: <c>ListType : [ Type ]</c>.</summary>
public sealed class ListTypeNode : TypeNode
{
    /// <summary>Creates a list type reference.</summary>
    public ListTypeNode(TypeNode type, Location? location = null)
        : base(location) => Type = Required(type, nameof(type));

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ListType;

    /// <summary>The item type.</summary>
    public TypeNode Type { get; }
}

/// <summary>A non-null type reference: <c>NonNullType : NamedType ! | ListType !</c>.</summary>
public sealed class NonNullTypeNode : TypeNode
{
    /// <summary>Creates a non-null type reference.</summary>
    /// <exception cref="ArgumentException"><paramref name="type"/> is itself non-null.</exception>
    public NonNullTypeNode(TypeNode type, Location? location = null)
        : base(location)
    {
        Type = Required(type, nameof(type));
        if (type is NonNullTypeNode)
        {
            throw new ArgumentException("A non-null type cannot wrap another non-null type.", nameof(type));
        }
    }

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.NonNullType;

    /// <summary>The wrapped type: a <see cref="NamedTypeNode"/> or a <see cref="ListTypeNode"/>.</summary>
    public TypeNode Type { get; }
}
