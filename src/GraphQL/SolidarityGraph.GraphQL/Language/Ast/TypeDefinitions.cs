namespace SolidarityGraph.GraphQL.Language.Ast;

/// <summary>
/// An interface type definition (spec §3.7):
/// <c>InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</c>.
/// </summary>
public sealed class InterfaceTypeDefinitionNode : TypeDefinitionNode
{
    /// <summary>Creates an interface type definition.</summary>
    public InterfaceTypeDefinitionNode(
        StringValueNode? description,
        NameNode name,
        IReadOnlyList<NamedTypeNode>? interfaces,
        IReadOnlyList<DirectiveNode>? directives,
        IReadOnlyList<FieldDefinitionNode>? fields,
        Location? location = null)
        : base(description, name, directives, location)
    {
        Interfaces = ListOrEmpty(interfaces);
        Fields = ListOrEmpty(fields);
    }

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeDefinition;

    /// <summary>The implemented interfaces; empty when none.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; }

    /// <summary>The field definitions; empty when none.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; }
}

/// <summary>
/// A union type definition (spec §3.8):
/// <c>UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?</c>.
/// </summary>
public sealed class UnionTypeDefinitionNode : TypeDefinitionNode
{
    /// <summary>Creates a union type definition.</summary>
    public UnionTypeDefinitionNode(
        StringValueNode? description,
        NameNode name,
        IReadOnlyList<DirectiveNode>? directives,
        IReadOnlyList<NamedTypeNode>? types,
        Location? location = null)
        : base(description, name, directives, location) => Types = ListOrEmpty(types);

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;

    /// <summary>The member types; empty when none.</summary>
    public IReadOnlyList<NamedTypeNode> Types { get; }
}

/// <summary>
/// An enum type definition (spec §3.9):
/// <c>EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?</c>.
/// </summary>
public sealed class EnumTypeDefinitionNode : TypeDefinitionNode
{
    /// <summary>Creates an enum type definition.</summary>
    public EnumTypeDefinitionNode(
        StringValueNode? description,
        NameNode name,
        IReadOnlyList<DirectiveNode>? directives,
        IReadOnlyList<EnumValueDefinitionNode>? values,
        Location? location = null)
        : base(description, name, directives, location) => Values = ListOrEmpty(values);

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;

    /// <summary>The enum values; empty when none.</summary>
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; }
}

/// <summary>An enum value definition: <c>EnumValueDefinition : Description? EnumValue Directives[Const]?</c>.</summary>
public sealed class EnumValueDefinitionNode : SyntaxNode, IHasName, IHasDirectives, IHasDescription
{
    /// <summary>Creates an enum value definition.</summary>
    public EnumValueDefinitionNode(
        StringValueNode? description,
        NameNode name,
        IReadOnlyList<DirectiveNode>? directives,
        Location? location = null)
        : base(location)
    {
        Description = description;
        Name = Required(name, nameof(name));
        Directives = ListOrEmpty(directives);
    }

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;

    /// <summary>The description, or <see langword="null"/>.</summary>
    public StringValueNode? Description { get; }

    /// <summary>The enum value name.</summary>
    public NameNode Name { get; }

    /// <summary>The constant directives; empty when none.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>
/// An input object type definition (spec §3.10):
/// <c>InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?</c>.
/// </summary>
public sealed class InputObjectTypeDefinitionNode : TypeDefinitionNode
{
    /// <summary>Creates an input object type definition.</summary>
    public InputObjectTypeDefinitionNode(
        StringValueNode? description,
        NameNode name,
        IReadOnlyList<DirectiveNode>? directives,
        IReadOnlyList<InputValueDefinitionNode>? fields,
        Location? location = null)
        : base(description, name, directives, location) => Fields = ListOrEmpty(fields);

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;

    /// <summary>The input field definitions; empty when none.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; }
}
