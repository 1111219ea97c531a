namespace SolidarityGraph.GraphQL.Language.Ast;

/// <summary>
/// A schema extension (spec §3.3, Schema Extension):
/// <c>SchemaExtension : extend schema Directives[Const]? { RootOperationTypeDefinition+ } | extend schema Directives[Const]</c>.
/// </summary>
public sealed class SchemaExtensionNode : TypeSystemExtensionNode
{
    /// <summary>Creates a schema extension.</summary>
    public SchemaExtensionNode(
        IReadOnlyList<DirectiveNode>? directives,
        IReadOnlyList<OperationTypeDefinitionNode>? operationTypes,
        Location? location = null)
        : base(directives, location) => OperationTypes = ListOrEmpty(operationTypes);

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;

    /// <summary>The added root operation types; empty when none.</summary>
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; }
}

/// <summary>A directive extension (graphql-js 17): <c>extend directive @ Name Directives[Const]</c>.</summary>
public sealed class DirectiveExtensionNode : TypeSystemExtensionNode, IHasName
{
    /// <summary>Creates a directive extension.</summary>
    public DirectiveExtensionNode(NameNode name, IReadOnlyList<DirectiveNode>? directives, Location? location = null)
        : base(directives, location) => Name = Required(name, nameof(name));

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.DirectiveExtension;

    /// <summary>The extended directive's name (without <c>@</c>).</summary>
    public NameNode Name { get; }
}

/// <summary>A scalar type extension (spec §3.5, Scalar Extensions): <c>ScalarTypeExtension : extend scalar Name Directives[Const]</c>.</summary>
public sealed class ScalarTypeExtensionNode : TypeExtensionNode
{
    /// <summary>Creates a scalar type extension.</summary>
    public ScalarTypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode>? directives, Location? location = null)
        : base(name, directives, location)
    {
    }

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;
}

/// <summary>An object type extension (spec §3.6, Object Extensions): <c>extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</c> (at least one part).</summary>
public sealed class ObjectTypeExtensionNode : TypeExtensionNode
{
    /// <summary>Creates an object type extension.</summary>
    public ObjectTypeExtensionNode(
        NameNode name,
        IReadOnlyList<NamedTypeNode>? interfaces,
        IReadOnlyList<DirectiveNode>? directives,
        IReadOnlyList<FieldDefinitionNode>? fields,
        Location? location = null)
        : base(name, directives, location)
    {
        Interfaces = ListOrEmpty(interfaces);
        Fields = ListOrEmpty(fields);
    }

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeExtension;

    /// <summary>The added interfaces; empty when none.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; }

    /// <summary>The added fields; empty when none.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; }
}

/// <summary>An interface type extension (spec §3.7, Interface Extensions): <c>extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</c> (at least one part).</summary>
public sealed class InterfaceTypeExtensionNode : TypeExtensionNode
{
    /// <summary>Creates an interface type extension.</summary>
    public InterfaceTypeExtensionNode(
        NameNode name,
        IReadOnlyList<NamedTypeNode>? interfaces,
        IReadOnlyList<DirectiveNode>? directives,
        IReadOnlyList<FieldDefinitionNode>? fields,
        Location? location = null)
        : base(name, directives, location)
    {
        Interfaces = ListOrEmpty(interfaces);
        Fields = ListOrEmpty(fields);
    }

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeExtension;

    /// <summary>The added interfaces; empty when none.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; }

    /// <summary>The added fields; empty when none.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; }
}

/// <summary>A union type extension (spec §3.8, Union Extensions): <c>extend union Name Directives[Const]? UnionMemberTypes?</c> (at least one part).</summary>
public sealed class UnionTypeExtensionNode : TypeExtensionNode
{
    /// <summary>Creates a union type extension.</summary>
    public UnionTypeExtensionNode(
        NameNode name,
        IReadOnlyList<DirectiveNode>? directives,
        IReadOnlyList<NamedTypeNode>? types,
        Location? location = null)
        : base(name, directives, location) => Types = ListOrEmpty(types);

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;

    /// <summary>The added member types; empty when none.</summary>
    public IReadOnlyList<NamedTypeNode> Types { get; }
}

/// <summary>An enum type extension (spec §3.9, Enum Extensions): <c>extend enum Name Directives[Const]? EnumValuesDefinition?</c> (at least one part).</summary>
public sealed class EnumTypeExtensionNode : TypeExtensionNode
{
    /// <summary>Creates an enum type extension.</summary>
    public EnumTypeExtensionNode(
        NameNode name,
        IReadOnlyList<DirectiveNode>? directives,
        IReadOnlyList<EnumValueDefinitionNode>? values,
        Location? location = null)
        : base(name, directives, location) => Values = ListOrEmpty(values);

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;

    /// <summary>The added values; empty when none.</summary>
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; }
}

/// <summary>An input object type extension (spec §3.10, Input Object Extensions): <c>extend input Name Directives[Const]? InputFieldsDefinition?</c> (at least one part).</summary>
public sealed class InputObjectTypeExtensionNode : TypeExtensionNode
{
    /// <summary>Creates an input object type extension.</summary>
    public InputObjectTypeExtensionNode(
        NameNode name,
        IReadOnlyList<DirectiveNode>? directives,
        IReadOnlyList<InputValueDefinitionNode>? fields,
        Location? location = null)
        : base(name, directives, location) => Fields = ListOrEmpty(fields);

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;

    /// <summary>The added input fields; empty when none.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; }
}
