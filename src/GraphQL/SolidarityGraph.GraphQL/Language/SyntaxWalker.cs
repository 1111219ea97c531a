using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Language;

/// <summary>
/// Drives a <see cref="SyntaxVisitor"/> over a tree. Children are visited in graphql-js 17's
/// <c>QueryDocumentKeys</c> order so that anything ported from graphql-js sees nodes in the same sequence.
/// </summary>
internal sealed class SyntaxWalker
{
    private readonly SyntaxVisitor _visitor;
    private readonly List<SyntaxNode> _ancestors = new(16);

    private SyntaxWalker(SyntaxVisitor visitor) => _visitor = visitor;

    /// <summary>Walks <paramref name="root"/>; returns <see langword="false"/> when the visitor broke off.</summary>
    public static bool Walk(SyntaxNode root, SyntaxVisitor visitor)
    {
        if (root is null)
        {
            throw new ArgumentNullException(nameof(root));
        }

        return new SyntaxWalker(visitor ?? throw new ArgumentNullException(nameof(visitor))).Node(root);
    }

    private bool Node(SyntaxNode? node)
    {
        if (node is null)
        {
            return true;
        }

        switch (_visitor.Enter(node, _ancestors))
        {
            case VisitorAction.Break: return false;
            case VisitorAction.Skip: return true;
        }

        _ancestors.Add(node);
        var completed = Children(node);
        _ancestors.RemoveAt(_ancestors.Count - 1);
        return completed && _visitor.Leave(node, _ancestors) != VisitorAction.Break;
    }

    private bool Nodes<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (!Node(nodes[i]))
            {
                return false;
            }
        }

        return true;
    }

    private bool Children(SyntaxNode node) => node switch
    {
        NameNode or IntValueNode or FloatValueNode or StringValueNode or BooleanValueNode or NullValueNode or EnumValueNode => true,
        DocumentNode n => Nodes(n.Definitions),
        OperationDefinitionNode n => Node(n.Description) && Node(n.Name) && Nodes(n.VariableDefinitions) && Nodes(n.Directives) && Node(n.SelectionSet),
        VariableDefinitionNode n => Node(n.Description) && Node(n.Variable) && Node(n.Type) && Node(n.DefaultValue) && Nodes(n.Directives),
        VariableNode n => Node(n.Name),
        SelectionSetNode n => Nodes(n.Selections),
        FieldNode n => Node(n.Alias) && Node(n.Name) && Nodes(n.Arguments) && Nodes(n.Directives) && Node(n.SelectionSet),
        ArgumentNode n => Node(n.Name) && Node(n.Value),
        FragmentArgumentNode n => Node(n.Name) && Node(n.Value),
        FragmentSpreadNode n => Node(n.Name) && Nodes(n.Arguments) && Nodes(n.Directives),
        InlineFragmentNode n => Node(n.TypeCondition) && Nodes(n.Directives) && Node(n.SelectionSet),
        FragmentDefinitionNode n => Node(n.Description) && Node(n.Name) && Nodes(n.VariableDefinitions) && Node(n.TypeCondition) && Nodes(n.Directives) && Node(n.SelectionSet),
        ListValueNode n => Nodes(n.Values),
        ObjectValueNode n => Nodes(n.Fields),
        ObjectFieldNode n => Node(n.Name) && Node(n.Value),
        DirectiveNode n => Node(n.Name) && Nodes(n.Arguments),
        NamedTypeNode n => Node(n.Name),
        ListTypeNode n => Node(n.Type),
        NonNullTypeNode n => Node(n.Type),
        _ => TypeSystemChildren(node),
    };

    private bool TypeSystemChildren(SyntaxNode node) => node switch
    {
        SchemaDefinitionNode n => Node(n.Description) && Nodes(n.Directives) && Nodes(n.OperationTypes),
        OperationTypeDefinitionNode n => Node(n.Type),
        ScalarTypeDefinitionNode n => Node(n.Description) && Node(n.Name) && Nodes(n.Directives),
        ObjectTypeDefinitionNode n => Node(n.Description) && Node(n.Name) && Nodes(n.Interfaces) && Nodes(n.Directives) && Nodes(n.Fields),
        FieldDefinitionNode n => Node(n.Description) && Node(n.Name) && Nodes(n.Arguments) && Node(n.Type) && Nodes(n.Directives),
        InputValueDefinitionNode n => Node(n.Description) && Node(n.Name) && Node(n.Type) && Node(n.DefaultValue) && Nodes(n.Directives),
        InterfaceTypeDefinitionNode n => Node(n.Description) && Node(n.Name) && Nodes(n.Interfaces) && Nodes(n.Directives) && Nodes(n.Fields),
        UnionTypeDefinitionNode n => Node(n.Description) && Node(n.Name) && Nodes(n.Directives) && Nodes(n.Types),
        EnumTypeDefinitionNode n => Node(n.Description) && Node(n.Name) && Nodes(n.Directives) && Nodes(n.Values),
        EnumValueDefinitionNode n => Node(n.Description) && Node(n.Name) && Nodes(n.Directives),
        InputObjectTypeDefinitionNode n => Node(n.Description) && Node(n.Name) && Nodes(n.Directives) && Nodes(n.Fields),
        DirectiveDefinitionNode n => Node(n.Description) && Node(n.Name) && Nodes(n.Arguments) && Nodes(n.Directives) && Nodes(n.Locations),
        SchemaExtensionNode n => Nodes(n.Directives) && Nodes(n.OperationTypes),
        DirectiveExtensionNode n => Node(n.Name) && Nodes(n.Directives),
        ScalarTypeExtensionNode n => Node(n.Name) && Nodes(n.Directives),
        ObjectTypeExtensionNode n => Node(n.Name) && Nodes(n.Interfaces) && Nodes(n.Directives) && Nodes(n.Fields),
        InterfaceTypeExtensionNode n => Node(n.Name) && Nodes(n.Interfaces) && Nodes(n.Directives) && Nodes(n.Fields),
        UnionTypeExtensionNode n => Node(n.Name) && Nodes(n.Directives) && Nodes(n.Types),
        EnumTypeExtensionNode n => Node(n.Name) && Nodes(n.Directives) && Nodes(n.Values),
        InputObjectTypeExtensionNode n => Node(n.Name) && Nodes(n.Directives) && Nodes(n.Fields),
        TypeCoordinateNode n => Node(n.Name),
        MemberCoordinateNode n => Node(n.Name) && Node(n.MemberName),
        ArgumentCoordinateNode n => Node(n.Name) && Node(n.FieldName) && Node(n.ArgumentName),
        DirectiveCoordinateNode n => Node(n.Name),
        DirectiveArgumentCoordinateNode n => Node(n.Name) && Node(n.ArgumentName),
        _ => throw new ArgumentException($"Cannot walk a node of kind {node.Kind}.", nameof(node)),
    };
}
