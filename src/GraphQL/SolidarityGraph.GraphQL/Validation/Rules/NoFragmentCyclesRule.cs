using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Validation.Rules;

/// <summary>No fragment spreads itself, directly or through other fragments.</summary>
// Spec §5.5.2.2 Fragment Spreads Must Not Form Cycles
// https://spec.graphql.org/September2025/#sec-Fragment-Spreads-Must-Not-Form-Cycles
internal sealed class NoFragmentCyclesRule : IValidationRule
{
    internal static readonly SpecSection Section = new("5.5.2.2", "sec-Fragment-Spreads-Must-Not-Form-Cycles");

    public string Name => nameof(NoFragmentCyclesRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        // Each fragment is explored once: a cycle through an explored fragment was reported when it was explored.
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private readonly List<FragmentSpreadNode> _spreadPath = new();
        private readonly Dictionary<string, int> _pathIndexByName = new(StringComparer.Ordinal);

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            switch (node)
            {
                case FragmentDefinitionNode fragment:
                    DetectCycles(fragment);
                    return VisitorAction.Skip;
                case OperationDefinitionNode:
                    return VisitorAction.Skip;
                default:
                    return VisitorAction.Continue;
            }
        }

        private void DetectCycles(FragmentDefinitionNode fragment)
        {
            var name = fragment.Name.Value;
            if (!_visited.Add(name))
            {
                return;
            }

            var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
            if (spreads.Count == 0)
            {
                return;
            }

            _pathIndexByName[name] = _spreadPath.Count;
            foreach (var spread in spreads)
            {
                var spreadName = spread.Name.Value;
                _spreadPath.Add(spread);
                if (!_pathIndexByName.TryGetValue(spreadName, out var cycleIndex))
                {
                    if (context.GetFragment(spreadName) is { } target)
                    {
                        DetectCycles(target);
                    }
                }
                else
                {
                    var cycle = _spreadPath.Skip(cycleIndex).ToList();
                    var via = string.Join(", ", cycle.Take(cycle.Count - 1).Select(s => "\"" + s.Name.Value + "\""));
                    context.ReportError(
                        $"Cannot spread fragment \"{spreadName}\" within itself" + (via.Length > 0 ? $" via {via}." : "."),
                        ValidationErrorCodes.NoFragmentCycles,
                        Section,
                        cycle.ToArray<SyntaxNode>());
                }

                _spreadPath.RemoveAt(_spreadPath.Count - 1);
            }

            _pathIndexByName.Remove(name);
        }
    }
}
