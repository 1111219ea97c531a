using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Validation.Rules;

/// <summary>
/// A subscription selects exactly one root field, which is not an introspection field, and does not use
/// <c>@skip</c> or <c>@include</c> at the root (CollectFields is applied with no variables).
/// </summary>
// Spec §5.2.4.1 Single Root Field
// https://spec.graphql.org/September2025/#sec-Single-Root-Field
internal sealed class SingleFieldSubscriptionsRule : IValidationRule
{
    internal static readonly SpecSection Section = new("5.2.4.1", "sec-Single-Root-Field");

    public string Name => nameof(SingleFieldSubscriptionsRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (node is OperationDefinitionNode { Operation: OperationType.Subscription } operation
                && context.ExecutableSchema.SubscriptionType is { } subscriptionType)
            {
                Check(operation, subscriptionType);
            }

            return VisitorAction.Continue;
        }

        private void Check(OperationDefinitionNode operation, ObjectType subscriptionType)
        {
            var subject = operation.Name is { } name ? $"Subscription \"{name.Value}\"" : "Anonymous Subscription";
            var collector = new RootFieldCollector(context, subscriptionType);
            collector.Collect(operation.SelectionSet);
            if (collector.Forbidden.Count > 0)
            {
                Report($"{subject} must not use `@skip` or `@include` directives in the top level selection.", collector.Forbidden.ToArray<SyntaxNode>());
                return;
            }

            var groups = collector.Groups;
            if (groups.Count == 0)
            {
                Report($"{subject} must select one top level field.", operation.SelectionSet);
            }
            else if (groups.Count > 1)
            {
                Report($"{subject} must select only one top level field.", groups.Skip(1).SelectMany(g => g).ToArray<SyntaxNode>());
            }

            foreach (var group in groups)
            {
                if (group[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
                {
                    Report($"{subject} must not select an introspection top level field.", group.ToArray<SyntaxNode>());
                }
            }
        }

        private void Report(string message, params SyntaxNode[] nodes) =>
            context.ReportError(message, ValidationErrorCodes.SingleFieldSubscriptions, Section, nodes);
    }

    /// <summary>CollectFields over the subscription root with no variables, recording <c>@skip</c>/<c>@include</c> instead of evaluating them.</summary>
    private sealed class RootFieldCollector(ValidationContext context, ObjectType rootType)
    {
        private readonly Dictionary<string, List<FieldNode>> _byResponseName = new(StringComparer.Ordinal);
        private readonly HashSet<string> _visitedFragments = new(StringComparer.Ordinal);

        public List<DirectiveNode> Forbidden { get; } = new();

        public List<List<FieldNode>> Groups { get; } = new();

        public void Collect(SelectionSetNode selectionSet)
        {
            context.SpendFragmentWork(selectionSet.Selections.Count);
            foreach (var selection in selectionSet.Selections)
            {
                if (!ShouldInclude(selection))
                {
                    continue;
                }

                switch (selection)
                {
                    case FieldNode field:
                        var key = field.Alias?.Value ?? field.Name.Value;
                        if (!_byResponseName.TryGetValue(key, out var group))
                        {
                            group = new List<FieldNode>();
                            _byResponseName[key] = group;
                            Groups.Add(group);
                        }

                        group.Add(field);
                        break;
                    case InlineFragmentNode inline when ConditionMatches(inline.TypeCondition):
                        Collect(inline.SelectionSet);
                        break;
                    case FragmentSpreadNode spread:
                        if (context.GetFragment(spread.Name.Value) is { } fragment
                            && ConditionMatches(fragment.TypeCondition)
                            && _visitedFragments.Add(spread.Name.Value))
                        {
                            Collect(fragment.SelectionSet);
                        }

                        break;
                }
            }
        }

        private bool ShouldInclude(SelectionNode selection)
        {
            foreach (var directiveName in new[] { "skip", "include" })
            {
                if (selection.Directives.FirstOrDefault(d => d.Name.Value == directiveName) is { } directive)
                {
                    Forbidden.Add(directive);
                    return false;
                }
            }

            return true;
        }

        private bool ConditionMatches(NamedTypeNode? condition)
        {
            if (condition is null)
            {
                return true;
            }

            var type = TypeFromAst.Convert(context.ExecutableSchema, condition);
            return ReferenceEquals(type, rootType)
                || (type is IAbstractType abstractType && context.ExecutableSchema.IsSubType(abstractType, rootType));
        }
    }
}
