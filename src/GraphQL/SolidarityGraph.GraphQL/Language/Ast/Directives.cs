namespace SolidarityGraph.GraphQL.Language.Ast;

/// <summary>A directive application (spec §2.12): <c>Directive[Const] : @ Name Arguments[?Const]?</c>.</summary>
public sealed class DirectiveNode : SyntaxNode, IHasName
{
    /// <summary>Creates a directive application.</summary>
    public DirectiveNode(NameNode name, IReadOnlyList<ArgumentNode>? arguments, Location? location = null)
        : base(location)
    {
        Name = Required(name, nameof(name));
        Arguments = ListOrEmpty(arguments);
    }

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Directive;

    /// <summary>The directive name (without <c>@</c>).</summary>
    public NameNode Name { get; }

    /// <summary>The arguments; empty when none.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; }
}
