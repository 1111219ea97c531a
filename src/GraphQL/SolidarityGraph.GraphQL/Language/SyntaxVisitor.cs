using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Language;

/// <summary>What a <see cref="SyntaxVisitor"/> asks the walk to do after entering or leaving a node.</summary>
public enum VisitorAction
{
    /// <summary>Go on with the walk.</summary>
    Continue,

    /// <summary>
    /// Returned when entering: do not visit this node's children and do not leave it. When leaving it has the
    /// same effect as <see cref="Continue"/>.
    /// </summary>
    Skip,

    /// <summary>Stop the whole walk at once; no further node is entered or left.</summary>
    Break,
}

/// <summary>
/// A depth-first walk over a syntax tree, entering each node before its children and leaving it after them.
/// Children are visited in the same order as graphql-js 17's <c>visit()</c> (its <c>QueryDocumentKeys</c>):
/// for example a field's alias, name, arguments, directives, then selection set; a definition's description
/// first. Names, descriptions and type references are nodes too and are visited.
/// </summary>
/// <remarks>
/// Override <see cref="Enter"/> and <see cref="Leave"/> and switch on the node type. Several visitors can share
/// one walk through <see cref="ParallelSyntaxVisitor"/>, as the validation rules do.
/// </remarks>
public abstract class SyntaxVisitor
{
    /// <summary>Walks <paramref name="root"/> and everything below it.</summary>
    /// <param name="root">The node to start from, usually a <see cref="DocumentNode"/>.</param>
    /// <returns><see langword="false"/> when a callback returned <see cref="VisitorAction.Break"/>; otherwise <see langword="true"/>.</returns>
    public bool Visit(SyntaxNode root) => SyntaxWalker.Walk(root, this);

    /// <summary>Called when the walk reaches <paramref name="node"/>, before its children.</summary>
    /// <param name="node">The node being entered.</param>
    /// <param name="ancestors">The nodes from the walk's root down to the parent of <paramref name="node"/> (empty for the root). Valid only during the call.</param>
    /// <returns>What to do next; <see cref="VisitorAction.Skip"/> skips the children.</returns>
    public virtual VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors) => VisitorAction.Continue;

    /// <summary>Called after the children of <paramref name="node"/> have been visited.</summary>
    /// <param name="node">The node being left.</param>
    /// <param name="ancestors">The nodes from the walk's root down to the parent of <paramref name="node"/>. Valid only during the call.</param>
    /// <returns>What to do next; only <see cref="VisitorAction.Break"/> changes the walk.</returns>
    public virtual VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors) => VisitorAction.Continue;
}
