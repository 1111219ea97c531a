namespace SolidarityGraph.GraphQL.Language.Ast;

/// <summary>
/// A schema coordinate (spec working draft, Schema Coordinates; graphql-js 17 <c>parseSchemaCoordinate</c>):
/// <c>SchemaCoordinate : TypeCoordinate | MemberCoordinate | ArgumentCoordinate | DirectiveCoordinate | DirectiveArgumentCoordinate</c>.
/// </summary>
public abstract class SchemaCoordinateNode : SyntaxNode, IHasName
{
    /// <summary>Initialises the coordinate.</summary>
    protected SchemaCoordinateNode(NameNode name, Location? location)
        : base(location) => Name = Required(name, nameof(name));

    /// <summary>The type name, or the directive name (without <c>@</c>) for directive coordinates.</summary>
    public NameNode Name { get; }
}

/// <summary>A type coordinate: <c>TypeCoordinate : Name</c>.</summary>
public sealed class TypeCoordinateNode : SchemaCoordinateNode
{
    /// <summary>Creates a type coordinate.</summary>
    public TypeCoordinateNode(NameNode name, Location? location = null)
        : base(name, location)
    {
    }

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.TypeCoordinate;
}

/// <summary>A field, input field or enum value coordinate: <c>MemberCoordinate : Name . Name</c>.</summary>
public sealed class MemberCoordinateNode : SchemaCoordinateNode
{
    /// <summary>Creates a member coordinate.</summary>
    public MemberCoordinateNode(NameNode name, NameNode memberName, Location? location = null)
        : base(name, location) => MemberName = Required(memberName, nameof(memberName));

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.MemberCoordinate;

    /// <summary>The member name.</summary>
    public NameNode MemberName { get; }
}

/// <summary>A field argument coordinate: <c>ArgumentCoordinate : Name . Name ( Name : )</c>.</summary>
public sealed class ArgumentCoordinateNode : SchemaCoordinateNode
{
    /// <summary>Creates an argument coordinate.</summary>
    public ArgumentCoordinateNode(NameNode name, NameNode fieldName, NameNode argumentName, Location? location = null)
        : base(name, location)
    {
        FieldName = Required(fieldName, nameof(fieldName));
        ArgumentName = Required(argumentName, nameof(argumentName));
    }

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ArgumentCoordinate;

    /// <summary>The field name.</summary>
    public NameNode FieldName { get; }

    /// <summary>The argument name.</summary>
    public NameNode ArgumentName { get; }
}

/// <summary>A directive coordinate: <c>DirectiveCoordinate : @ Name</c>.</summary>
public sealed class DirectiveCoordinateNode : SchemaCoordinateNode
{
    /// <summary>Creates a directive coordinate.</summary>
    public DirectiveCoordinateNode(NameNode name, Location? location = null)
        : base(name, location)
    {
    }

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.DirectiveCoordinate;
}

/// <summary>A directive argument coordinate: <c>DirectiveArgumentCoordinate : @ Name ( Name : )</c>.</summary>
public sealed class DirectiveArgumentCoordinateNode : SchemaCoordinateNode
{
    /// <summary>Creates a directive argument coordinate.</summary>
    public DirectiveArgumentCoordinateNode(NameNode name, NameNode argumentName, Location? location = null)
        : base(name, location) => ArgumentName = Required(argumentName, nameof(argumentName));

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.DirectiveArgumentCoordinate;

    /// <summary>The argument name.</summary>
    public NameNode ArgumentName { get; }
}
