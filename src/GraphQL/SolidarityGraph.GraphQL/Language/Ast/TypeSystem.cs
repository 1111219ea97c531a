namespace SolidarityGraph.GraphQL.Language.Ast;

/// <summary>
/// A schema definition (spec §3.3):
/// <c>SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }</c>.
/// </summary>
public sealed class SchemaDefinitionNode : TypeSystemDefinitionNode
{
    /// <summary>Creates a schema definition.</summary>
    public SchemaDefinitionNode(
        StringValueNode? description,
        IReadOnlyList<DirectiveNode>? directives,
        IReadOnlyList<OperationTypeDefinitionNode> operationTypes,
        Location? location = null)
        : base(description, directives, location) => OperationTypes = ListOrEmpty(operationTypes);

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;

    /// <summary>The root operation types.</summary>
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; }
}

/// <summary>A root operation type: <c>RootOperationTypeDefinition : OperationType : NamedType</c>.</summary>
public sealed class OperationTypeDefinitionNode : SyntaxNode
{
    /// <summary>Creates a root operation type definition.</summary>
    public OperationTypeDefinitionNode(OperationType operation, NamedTypeNode type, Location? location = null)
        : base(location)
    {
        Operation = operation;
        Type = Required(type, nameof(type));
    }

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;

    /// <summary>The operation type.</summary>
    public OperationType Operation { get; }

    /// <summary>The root type.</summary>
    public NamedTypeNode Type { get; }
}

/// <summary>A scalar type definition (spec §3.5): <c>ScalarTypeDefinition : Description? scalar Name Directives[Const]?</c>.</summary>
public sealed class ScalarTypeDefinitionNode : TypeDefinitionNode
{
    /// <summary>Creates a scalar type definition.</summary>
    public ScalarTypeDefinitionNode(
        StringValueNode? description,
        NameNode name,
        IReadOnlyList<DirectiveNode>? directives,
        Location? location = null)
        : base(description, name, directives, location)
    {
    }

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;
}

/// <summary>
/// An object type definition (spec §3.6):
/// <c>ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</c>.
/// </summary>
public sealed class ObjectTypeDefinitionNode : TypeDefinitionNode
{
    /// <summary>Creates an object type definition.</summary>
    public ObjectTypeDefinitionNode(
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
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeDefinition;

    /// <summary>The implemented interfaces; empty when none.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; }

    /// <summary>The field definitions; empty when none.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; }
}

/// <summary>
/// A field definition:
/// <c>FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?</c>.
/// </summary>
public sealed class FieldDefinitionNode : SyntaxNode, IHasName, IHasDirectives, IHasDescription
{
    /// <summary>Creates a field definition.</summary>
    public FieldDefinitionNode(
        StringValueNode? description,
        NameNode name,
        IReadOnlyList<InputValueDefinitionNode>? arguments,
        TypeNode type,
        IReadOnlyList<DirectiveNode>? directives,
        Location? location = null)
        : base(location)
    {
        Description = description;
        Name = Required(name, nameof(name));
        Arguments = ListOrEmpty(arguments);
        Type = Required(type, nameof(type));
        Directives = ListOrEmpty(directives);
    }

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;

    /// <summary>The description, or <see langword="null"/>.</summary>
    public StringValueNode? Description { get; }

    /// <summary>The field name.</summary>
    public NameNode Name { get; }

    /// <summary>The argument definitions; empty when none.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; }

    /// <summary>The field type.</summary>
    public TypeNode Type { get; }

    /// <summary>The constant directives; empty when none.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>
/// An argument or input field definition:
/// <c>InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?</c>.
/// </summary>
public sealed class InputValueDefinitionNode : SyntaxNode, IHasName, IHasDirectives, IHasDescription
{
    /// <summary>Creates an input value definition.</summary>
    public InputValueDefinitionNode(
        StringValueNode? description,
        NameNode name,
        TypeNode type,
        ValueNode? defaultValue,
        IReadOnlyList<DirectiveNode>? directives,
        Location? location = null)
        : base(location)
    {
        Description = description;
        Name = Required(name, nameof(name));
        Type = Required(type, nameof(type));
        DefaultValue = defaultValue;
        Directives = ListOrEmpty(directives);
    }

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;

    /// <summary>The description, or <see langword="null"/>.</summary>
    public StringValueNode? Description { get; }

    /// <summary>The argument or input field name.</summary>
    public NameNode Name { get; }

    /// <summary>The input type.</summary>
    public TypeNode Type { get; }

    /// <summary>The constant default value, or <see langword="null"/>.</summary>
    public ValueNode? DefaultValue { get; }

    /// <summary>The constant directives; empty when none.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>
/// A directive definition (spec §3.13):
/// <c>DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations</c>.
/// graphql-js 17 also accepts constant directives before <c>repeatable</c>.
/// </summary>
public sealed class DirectiveDefinitionNode : TypeSystemDefinitionNode, IHasName
{
    /// <summary>Creates a directive definition.</summary>
    public DirectiveDefinitionNode(
        StringValueNode? description,
        NameNode name,
        IReadOnlyList<InputValueDefinitionNode>? arguments,
        bool repeatable,
        IReadOnlyList<NameNode> locations,
        IReadOnlyList<DirectiveNode>? directives = null,
        Location? location = null)
        : base(description, directives, location)
    {
        Name = Required(name, nameof(name));
        Arguments = ListOrEmpty(arguments);
        Repeatable = repeatable;
        Locations = ListOrEmpty(locations);
    }

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;

    /// <summary>The directive name (without <c>@</c>).</summary>
    public NameNode Name { get; }

    /// <summary>The argument definitions; empty when none.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; }

    /// <summary>Whether the directive is <c>repeatable</c>.</summary>
    public bool Repeatable { get; }

    /// <summary>The directive locations (names such as <c>FIELD</c>), in source order.</summary>
    public IReadOnlyList<NameNode> Locations { get; }
}
