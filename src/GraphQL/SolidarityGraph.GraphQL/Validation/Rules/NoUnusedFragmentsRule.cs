using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Validation.Rules;

/// <summary>Every fragment definition is spread, directly or through other fragments, by some operation of the document.</summary>
// Spec §5.5.1.4 Fragments Must Be Used
// https://spec.graphql.org/September2025/#sec-Fragments-Must-Be-Used
internal sealed class NoUnusedFragmentsRule : IValidationRule
{
    internal static readonly SpecSection Section = new("5.5.1.4", "sec-Fragments-Must-Be-Used");

    public string Name => nameof(NoUnusedFragmentsRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        private readonly List<OperationDefinitionNode> _operations = new();
        private readonly List<FragmentDefinitionNode> _fragments = new();

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            switch (node)
            {
                case OperationDefinitionNode operation:
                    _operations.Add(operation);
                    return VisitorAction.Skip;
                case FragmentDefinitionNode fragment:
                    _fragments.Add(fragment);
                    return VisitorAction.Skip;
                default:
                    return VisitorAction.Continue;
            }
        }

        public override VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (node is DocumentNode)
            {
                var used = new HashSet<string>(
                    context.GetRecursivelyReferencedFragments(_operations).Select(f => f.Name.Value),
                    StringComparer.Ordinal);
                foreach (var fragment in _fragments)
                {
                    if (!used.Contains(fragment.Name.Value))
                    {
                        context.ReportError(
                            $"Fragment \"{fragment.Name.Value}\" is never used.",
                            ValidationErrorCodes.NoUnusedFragments,
                            Section,
                            fragment);
                    }
                }
            }

            return VisitorAction.Continue;
        }
    }
}
