using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Validation.Rules;

/// <summary>
/// Introspection queries do not nest the list fields <c>fields</c>, <c>interfaces</c>, <c>possibleTypes</c> and
/// <c>inputFields</c> three or more deep, which could otherwise make a response grow exponentially.
/// </summary>
// Not a spec rule: graphql-js recommends and applies it by default (recommendedRules).
internal sealed class MaxIntrospectionDepthRule : IValidationRule
{
    private const int MaxListsDepth = 3;

    public string Name => nameof(MaxIntrospectionDepthRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        // Depths at which a fragment was fully checked, or found to exceed the limit, so each is explored once per depth.
        private readonly Dictionary<string, int> _checked = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _exceeded = new(StringComparer.Ordinal);

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (node is FieldNode { Name.Value: "__schema" or "__type" } field
                && Exceeds(field, new Dictionary<string, int>(StringComparer.Ordinal), 0))
            {
                context.ReportError(
                    "Maximum introspection depth exceeded",
                    ValidationErrorCodes.MaxIntrospectionDepth,
                    null,
                    field);
                return VisitorAction.Skip;
            }

            return VisitorAction.Continue;
        }

        private bool Exceeds(SelectionNode node, Dictionary<string, int> visited, int depth)
        {
            switch (node)
            {
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (_exceeded.TryGetValue(name, out var exceededAt) && exceededAt <= depth)
                    {
                        return true;
                    }

                    if ((visited.TryGetValue(name, out var visitedAt) && visitedAt >= depth)
                        || (_checked.TryGetValue(name, out var checkedAt) && checkedAt >= depth)
                        || context.GetFragment(name) is not { } fragment)
                    {
                        return false;
                    }

                    visited[name] = depth;
                    if (ExceedsIn(fragment.SelectionSet, visited, depth))
                    {
                        _exceeded[name] = depth;
                        return true;
                    }

                    _checked[name] = depth;
                    return false;
                case FieldNode field:
                    if (field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields" && ++depth >= MaxListsDepth)
                    {
                        return true;
                    }

                    return field.SelectionSet is { } selectionSet && ExceedsIn(selectionSet, visited, depth);
                case InlineFragmentNode inline:
                    return ExceedsIn(inline.SelectionSet, visited, depth);
                default:
                    return false;
            }
        }

        private bool ExceedsIn(SelectionSetNode selectionSet, Dictionary<string, int> visited, int depth)
        {
            foreach (var selection in selectionSet.Selections)
            {
                if (Exceeds(selection, visited, depth))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
