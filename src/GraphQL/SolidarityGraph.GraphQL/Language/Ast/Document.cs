namespace SolidarityGraph.GraphQL.Language.Ast;

/// <summary>A GraphQL document: <c>Document : Definition+</c> (spec §2.2).</summary>
public sealed class DocumentNode : SyntaxNode
{
    /// <summary>Creates a document.</summary>
    /// <param name="definitions">The definitions in source order.</param>
    /// <param name="location">Where the document was parsed from.</param>
    /// <param name="tokenCount">How many lexical tokens the parser consumed (0 when built in code).</param>
    public DocumentNode(IReadOnlyList<DefinitionNode> definitions, Location? location = null, int tokenCount = 0)
        : base(location)
    {
        Definitions = ListOrEmpty(definitions);
        TokenCount = tokenCount;
    }

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Document;

    /// <summary>The definitions in source order.</summary>
    public IReadOnlyList<DefinitionNode> Definitions { get; }

    /// <summary>How many lexical tokens (comments excluded) the parser consumed, like graphql-js's <c>tokenCount</c>.</summary>
    public int TokenCount { get; }
}

/// <summary>Base of every top-level definition: <c>Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension</c>.</summary>
public abstract class DefinitionNode : SyntaxNode
{
    /// <summary>Initialises the definition.</summary>
    protected DefinitionNode(Location? location)
        : base(location)
    {
    }
}

/// <summary>An operation or fragment definition: <c>ExecutableDefinition : OperationDefinition | FragmentDefinition</c>.</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode, IHasDirectives, IHasDescription
{
    /// <summary>Initialises the definition.</summary>
    protected ExecutableDefinitionNode(
        StringValueNode? description,
        IReadOnlyList<VariableDefinitionNode>? variableDefinitions,
        IReadOnlyList<DirectiveNode>? directives,
        SelectionSetNode selectionSet,
        Location? location)
        : base(location)
    {
        Description = description;
        VariableDefinitions = ListOrEmpty(variableDefinitions);
        Directives = ListOrEmpty(directives);
        SelectionSet = Required(selectionSet, nameof(selectionSet));
    }

    /// <summary>The description (graphql-js 17 accepts descriptions on operations and fragments), or <see langword="null"/>.</summary>
    public StringValueNode? Description { get; }

    /// <summary>The variable definitions (on fragments only with experimental fragment arguments); empty when none.</summary>
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; }

    /// <summary>The directives; empty when none.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; }

    /// <summary>The selection set.</summary>
    public SelectionSetNode SelectionSet { get; }
}

/// <summary>
/// A schema, type or directive definition:
/// <c>TypeSystemDefinition : SchemaDefinition | TypeDefinition | DirectiveDefinition</c>.
/// </summary>
public abstract class TypeSystemDefinitionNode : DefinitionNode, IHasDirectives, IHasDescription
{
    /// <summary>Initialises the definition.</summary>
    protected TypeSystemDefinitionNode(StringValueNode? description, IReadOnlyList<DirectiveNode>? directives, Location? location)
        : base(location)
    {
        Description = description;
        Directives = ListOrEmpty(directives);
    }

    /// <summary>The description, or <see langword="null"/>.</summary>
    public StringValueNode? Description { get; }

    /// <summary>The (constant) directives; empty when none.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>
/// A named type definition:
/// <c>TypeDefinition : ScalarTypeDefinition | ObjectTypeDefinition | InterfaceTypeDefinition | UnionTypeDefinition | EnumTypeDefinition | InputObjectTypeDefinition</c>.
/// </summary>
public abstract class TypeDefinitionNode : TypeSystemDefinitionNode, IHasName
{
    /// <summary>Initialises the definition.</summary>
    protected TypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode>? directives, Location? location)
        : base(description, directives, location) => Name = Required(name, nameof(name));

    /// <summary>The type name.</summary>
    public NameNode Name { get; }
}

/// <summary>
/// A schema, type or directive extension:
/// <c>TypeSystemExtension : SchemaExtension | TypeExtension</c> (graphql-js 17 adds directive extensions).
/// </summary>
public abstract class TypeSystemExtensionNode : DefinitionNode, IHasDirectives
{
    /// <summary>Initialises the extension.</summary>
    protected TypeSystemExtensionNode(IReadOnlyList<DirectiveNode>? directives, Location? location)
        : base(location) => Directives = ListOrEmpty(directives);

    /// <summary>The (constant) directives added by the extension; empty when none.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>
/// A named type extension:
/// <c>TypeExtension : ScalarTypeExtension | ObjectTypeExtension | InterfaceTypeExtension | UnionTypeExtension | EnumTypeExtension | InputObjectTypeExtension</c>.
/// </summary>
public abstract class TypeExtensionNode : TypeSystemExtensionNode, IHasName
{
    /// <summary>Initialises the extension.</summary>
    protected TypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode>? directives, Location? location)
        : base(directives, location) => Name = Required(name, nameof(name));

    /// <summary>The name of the extended type.</summary>
    public NameNode Name { get; }
}
