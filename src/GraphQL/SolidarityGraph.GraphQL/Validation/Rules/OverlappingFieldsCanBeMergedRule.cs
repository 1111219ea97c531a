using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Validation.Rules;

/// <summary>
/// Fields that share a response name in a selection set (through fragments too) can be merged: they select the
/// same field with the same arguments unless their parents can never be the same object, and their results have the
/// same shape.
/// </summary>
/// <remarks>
/// A direct reading of the spec's FieldsInSetCanMerge compares every pair of fields after expanding every fragment,
/// which is exponential in nested fragment spreads. As in graphql-js, fields are collected once per selection set,
/// fragments are compared as units, and each (fields, fragment) and (fragment, fragment) pair is compared once per
/// mutual-exclusivity mode; a complexity budget stops hostile documents with <c>Validation aborted.</c>
/// </remarks>
// Spec §5.3.2 Field Selection Merging
// https://spec.graphql.org/September2025/#sec-Field-Selection-Merging
internal sealed partial class OverlappingFieldsCanBeMergedRule : IValidationRule
{
    internal static readonly SpecSection Section = new("5.3.2", "sec-Field-Selection-Merging");

    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;
    private const int ComplexityBudget = 500_000;

    public string Name => nameof(OverlappingFieldsCanBeMergedRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(new Comparer(context));

    private static string Abbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? text.Substring(0, MaxConflictDetailLength) + "..." : text;

    private sealed class Visitor(Comparer comparer) : SyntaxVisitor
    {
        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            // An inline fragment's fields are compared as part of the enclosing selection set.
            if (node is not SelectionSetNode selectionSet
                || (ancestors.Count > 0 && ancestors[ancestors.Count - 1] is InlineFragmentNode)
                || (selectionSet.Selections.Count <= 1
                    && (selectionSet.Selections.Count == 0 || selectionSet.Selections[0] is not InlineFragmentNode)))
            {
                return VisitorAction.Continue;
            }

            foreach (var conflict in comparer.FindConflictsWithin(comparer.Context.ParentType, selectionSet))
            {
                comparer.Context.ReportError(
                    $"Fields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. " +
                    "Use different aliases on the fields to fetch both if this was intentional.",
                    ValidationErrorCodes.OverlappingFieldsCanBeMerged,
                    Section,
                    conflict.Fields1.Concat(conflict.Fields2).ToArray<SyntaxNode>());
            }

            return VisitorAction.Continue;
        }
    }

    /// <summary>A reason two fields cannot merge, with the fields on each side that show it.</summary>
    private sealed class Conflict(string responseName, string reason, List<FieldNode> fields1, List<FieldNode> fields2)
    {
        public string ResponseName { get; } = responseName;

        public string Reason { get; } = reason;

        public List<FieldNode> Fields1 { get; } = fields1;

        public List<FieldNode> Fields2 { get; } = fields2;
    }

    /// <summary>One selected field and what it refers to in the schema.</summary>
    private sealed class FieldDetails(INamedType? parentType, FieldNode node, OutputField? definition)
    {
        public INamedType? ParentType { get; } = parentType;

        public FieldNode Node { get; } = node;

        public OutputField? Definition { get; } = definition;

        public DirectiveNode? Stream { get; } = node.Directives.FirstOrDefault(d => d.Name.Value == "stream");

        // No arguments, no sub-selection, no @stream: equal names and types can never conflict.
        public bool IsSimpleLeaf => Node.Arguments.Count == 0 && Node.SelectionSet is null && Stream is null;
    }

    /// <summary>A selection set's fields grouped by response name (in first-seen order) and its named fragment spreads.</summary>
    private sealed class FieldsAndFragments
    {
        public List<string> ResponseNames { get; } = new();

        public Dictionary<string, List<FieldDetails>> Fields { get; } = new(StringComparer.Ordinal);

        public List<FragmentSpreadNode> SpreadNodes { get; } = new();

        public List<Spread>? Spreads { get; set; }

        public Dictionary<FieldsAndFragments, List<string>> OverlapsWith { get; } = new();

        public void Add(string responseName, FieldDetails field)
        {
            if (!Fields.TryGetValue(responseName, out var list))
            {
                list = new List<FieldDetails>();
                Fields[responseName] = list;
                ResponseNames.Add(responseName);
            }

            list.Add(field);
        }
    }

    /// <summary>A spread of a fragment (its definition is <see langword="null"/> when the fragment is unknown).</summary>
    private sealed class Spread(FragmentSpreadNode node, FragmentDefinitionNode? definition)
    {
        public FragmentSpreadNode Node { get; set; } = node;

        public FragmentDefinitionNode? Definition { get; } = definition;
    }
}
