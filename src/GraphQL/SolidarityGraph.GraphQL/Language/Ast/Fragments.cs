namespace SolidarityGraph.GraphQL.Language.Ast;

/// <summary>
/// A named fragment spread (spec §2.8): <c>FragmentSpread : ... FragmentName Directives?</c>.
/// With experimental fragment arguments it may also carry <see cref="Arguments"/>.
/// </summary>
public sealed class FragmentSpreadNode : SelectionNode, IHasName
{
    /// <summary>Creates a fragment spread.</summary>
    public FragmentSpreadNode(
        NameNode name,
        IReadOnlyList<DirectiveNode>? directives,
        IReadOnlyList<FragmentArgumentNode>? arguments = null,
        Location? location = null)
        : base(directives, location)
    {
        Name = Required(name, nameof(name));
        Arguments = ListOrEmpty(arguments);
    }

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;

    /// <summary>The fragment name.</summary>
    public NameNode Name { get; }

    /// <summary>Fragment arguments (experimental, graphql-js <c>experimentalFragmentArguments</c>); empty when none.</summary>
    public IReadOnlyList<FragmentArgumentNode> Arguments { get; }
}

/// <summary>An argument passed to a fragment spread (experimental fragment arguments): <c>Name : Value</c>.</summary>
public sealed class FragmentArgumentNode : SyntaxNode, IHasName
{
    /// <summary>Creates a fragment argument.</summary>
    public FragmentArgumentNode(NameNode name, ValueNode value, Location? location = null)
        : base(location)
    {
        Name = Required(name, nameof(name));
        Value = Required(value, nameof(value));
    }

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.FragmentArgument;

    /// <summary>The argument name.</summary>
    public NameNode Name { get; }

    /// <summary>The argument value.</summary>
    public ValueNode Value { get; }
}

/// <summary>
/// An inline fragment (spec §2.8.2): <c>InlineFragment : ... TypeCondition? Directives? SelectionSet</c>.
/// </summary>
public sealed class InlineFragmentNode : SelectionNode
{
    /// <summary>Creates an inline fragment.</summary>
    public InlineFragmentNode(
        NamedTypeNode? typeCondition,
        IReadOnlyList<DirectiveNode>? directives,
        SelectionSetNode selectionSet,
        Location? location = null)
        : base(directives, location)
    {
        TypeCondition = typeCondition;
        SelectionSet = Required(selectionSet, nameof(selectionSet));
    }

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;

    /// <summary>The type condition (<c>on Type</c>), or <see langword="null"/>.</summary>
    public NamedTypeNode? TypeCondition { get; }

    /// <summary>The selection set.</summary>
    public SelectionSetNode SelectionSet { get; }
}

/// <summary>
/// A fragment definition (spec §2.8):
/// <c>FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet</c>.
/// </summary>
public sealed class FragmentDefinitionNode : ExecutableDefinitionNode, IHasName
{
    /// <summary>Creates a fragment definition.</summary>
    /// <param name="name">The fragment name (never <c>on</c>).</param>
    /// <param name="typeCondition">The type condition.</param>
    /// <param name="directives">The directives.</param>
    /// <param name="selectionSet">The selection set.</param>
    /// <param name="description">The description, if any.</param>
    /// <param name="variableDefinitions">Variable definitions (experimental fragment arguments only).</param>
    /// <param name="location">Where the node was parsed from.</param>
    public FragmentDefinitionNode(
        NameNode name,
        NamedTypeNode typeCondition,
        IReadOnlyList<DirectiveNode>? directives,
        SelectionSetNode selectionSet,
        StringValueNode? description = null,
        IReadOnlyList<VariableDefinitionNode>? variableDefinitions = null,
        Location? location = null)
        : base(description, variableDefinitions, directives, selectionSet, location)
    {
        Name = Required(name, nameof(name));
        TypeCondition = Required(typeCondition, nameof(typeCondition));
    }

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;

    /// <summary>The fragment name.</summary>
    public NameNode Name { get; }

    /// <summary>The type condition.</summary>
    public NamedTypeNode TypeCondition { get; }
}
