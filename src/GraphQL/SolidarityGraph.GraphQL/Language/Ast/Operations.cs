namespace SolidarityGraph.GraphQL.Language.Ast;

/// <summary>The three operation types: <c>OperationType : one of query mutation subscription</c>.</summary>
public enum OperationType
{
    /// <summary><c>query</c>.</summary>
    Query,
    /// <summary><c>mutation</c>.</summary>
    Mutation,
    /// <summary><c>subscription</c>.</summary>
    Subscription,
}

/// <summary>
/// An operation (spec §2.3):
/// <c>OperationDefinition : Description? OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet</c>.
/// </summary>
public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    /// <summary>Creates an operation definition.</summary>
    public OperationDefinitionNode(
        OperationType operation,
        NameNode? name,
        IReadOnlyList<VariableDefinitionNode>? variableDefinitions,
        IReadOnlyList<DirectiveNode>? directives,
        SelectionSetNode selectionSet,
        StringValueNode? description = null,
        Location? location = null)
        : base(description, variableDefinitions, directives, selectionSet, location)
    {
        Operation = operation;
        Name = name;
    }

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;

    /// <summary>The operation type (<see cref="OperationType.Query"/> for the shorthand form).</summary>
    public OperationType Operation { get; }

    /// <summary>The operation name, or <see langword="null"/> for anonymous operations.</summary>
    public NameNode? Name { get; }
}

/// <summary>
/// A variable definition (spec §2.10):
/// <c>VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?</c>.
/// </summary>
public sealed class VariableDefinitionNode : SyntaxNode, IHasDirectives, IHasDescription
{
    /// <summary>Creates a variable definition.</summary>
    public VariableDefinitionNode(
        VariableNode variable,
        TypeNode type,
        ValueNode? defaultValue,
        IReadOnlyList<DirectiveNode>? directives,
        StringValueNode? description = null,
        Location? location = null)
        : base(location)
    {
        Variable = Required(variable, nameof(variable));
        Type = Required(type, nameof(type));
        DefaultValue = defaultValue;
        Directives = ListOrEmpty(directives);
        Description = description;
    }

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;

    /// <summary>The description, or <see langword="null"/>.</summary>
    public StringValueNode? Description { get; }

    /// <summary>The defined variable.</summary>
    public VariableNode Variable { get; }

    /// <summary>The variable's type.</summary>
    public TypeNode Type { get; }

    /// <summary>The constant default value, or <see langword="null"/>.</summary>
    public ValueNode? DefaultValue { get; }

    /// <summary>The constant directives; empty when none.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>A selection set (spec §2.4): <c>SelectionSet : { Selection+ }</c>.</summary>
public sealed class SelectionSetNode : SyntaxNode
{
    /// <summary>Creates a selection set.</summary>
    public SelectionSetNode(IReadOnlyList<SelectionNode> selections, Location? location = null)
        : base(location) => Selections = ListOrEmpty(selections);

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;

    /// <summary>The selections in source order.</summary>
    public IReadOnlyList<SelectionNode> Selections { get; }
}

/// <summary>A selection: <c>Selection : Field | FragmentSpread | InlineFragment</c>.</summary>
public abstract class SelectionNode : SyntaxNode, IHasDirectives
{
    /// <summary>Initialises the selection.</summary>
    protected SelectionNode(IReadOnlyList<DirectiveNode>? directives, Location? location)
        : base(location) => Directives = ListOrEmpty(directives);

    /// <summary>The directives; empty when none.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>
/// A field selection (spec §2.5):
/// <c>Field : Alias? Name Arguments? Directives? SelectionSet?</c>.
/// </summary>
public sealed class FieldNode : SelectionNode, IHasName
{
    /// <summary>Creates a field selection.</summary>
    public FieldNode(
        NameNode? alias,
        NameNode name,
        IReadOnlyList<ArgumentNode>? arguments,
        IReadOnlyList<DirectiveNode>? directives,
        SelectionSetNode? selectionSet,
        Location? location = null)
        : base(directives, location)
    {
        Alias = alias;
        Name = Required(name, nameof(name));
        Arguments = ListOrEmpty(arguments);
        SelectionSet = selectionSet;
    }

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Field;

    /// <summary>The alias, or <see langword="null"/>.</summary>
    public NameNode? Alias { get; }

    /// <summary>The field name.</summary>
    public NameNode Name { get; }

    /// <summary>The arguments; empty when none.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; }

    /// <summary>The sub-selection, or <see langword="null"/> for leaf fields.</summary>
    public SelectionSetNode? SelectionSet { get; }
}

/// <summary>An argument (spec §2.6): <c>Argument[Const] : Name : Value[?Const]</c>.</summary>
public sealed class ArgumentNode : SyntaxNode, IHasName
{
    /// <summary>Creates an argument.</summary>
    public ArgumentNode(NameNode name, ValueNode value, Location? location = null)
        : base(location)
    {
        Name = Required(name, nameof(name));
        Value = Required(value, nameof(value));
    }

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Argument;

    /// <summary>The argument name.</summary>
    public NameNode Name { get; }

    /// <summary>The argument value.</summary>
    public ValueNode Value { get; }
}
