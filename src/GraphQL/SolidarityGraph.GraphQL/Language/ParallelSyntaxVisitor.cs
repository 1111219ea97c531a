using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Language;

/// <summary>
/// Runs several visitors in one walk, like graphql-js's <c>visitInParallel</c>. Each visitor keeps its own
/// state: one that skips a subtree does not see it while the others do, and one that breaks is dropped for the
/// rest of the walk without stopping the others.
/// </summary>
public sealed class ParallelSyntaxVisitor : SyntaxVisitor
{
    private readonly SyntaxVisitor[] _visitors;

    // Per visitor: null while active, the node whose subtree it skips, or BrokenMarker once it has broken.
    private readonly SyntaxNode?[] _skipping;

    /// <summary>Creates a visitor that forwards every callback to <paramref name="visitors"/>, in order.</summary>
    /// <param name="visitors">The visitors to run together.</param>
    public ParallelSyntaxVisitor(IEnumerable<SyntaxVisitor> visitors)
    {
        _visitors = (visitors ?? throw new ArgumentNullException(nameof(visitors))).ToArray();
        _skipping = new SyntaxNode?[_visitors.Length];
    }

    private static SyntaxNode BrokenMarker { get; } = new NameNode("<broken>");

    /// <inheritdoc/>
    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        for (var i = 0; i < _visitors.Length; i++)
        {
            if (_skipping[i] is not null)
            {
                continue;
            }

            switch (_visitors[i].Enter(node, ancestors))
            {
                case VisitorAction.Skip: _skipping[i] = node; break;
                case VisitorAction.Break: _skipping[i] = BrokenMarker; break;
            }
        }

        return VisitorAction.Continue;
    }

    /// <inheritdoc/>
    public override VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        for (var i = 0; i < _visitors.Length; i++)
        {
            if (_skipping[i] is null)
            {
                if (_visitors[i].Leave(node, ancestors) == VisitorAction.Break)
                {
                    _skipping[i] = BrokenMarker;
                }
            }
            else if (ReferenceEquals(_skipping[i], node))
            {
                // The skipped subtree is done; the visitor neither leaves it nor misses what follows.
                _skipping[i] = null;
            }
        }

        return VisitorAction.Continue;
    }
}
