using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Pipeline;

/// <summary>
/// Measures an operation against <see cref="OperationLimits"/> with fragments expanded, stopping at the first limit
/// exceeded, so the work done is bounded by the limits and not by the size of the expansion (a fragment spread
/// twice per level doubles the fields at every level). Expects a validated document: fragments exist and do not
/// form cycles.
/// </summary>
public static class OperationLimitsAnalyzer
{
    // Spreads and inline fragments cost work too, even when they add few fields (e.g. nested spreads of __typename).
    private const int SelectionsPerField = 4;

    /// <summary>Returns the first exceeded limit as an error, or <see langword="null"/> when the operation is within all of them.</summary>
    /// <param name="document">The validated document holding <paramref name="operation"/> and its fragments.</param>
    /// <param name="operation">The operation to measure.</param>
    /// <param name="limits">The limits.</param>
    public static GraphQLError? Check(DocumentNode document, OperationDefinitionNode operation, OperationLimits limits)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(limits);
        Dictionary<string, FragmentDefinitionNode>? fragments = null;
        var maxSelections = (long)limits.MaxFields * SelectionsPerField;
        long fields = 0, aliases = 0, selections = 0;
        var pending = new Stack<(SelectionSetNode SelectionSet, int Depth)>();
        pending.Push((operation.SelectionSet, 1));
        while (pending.Count > 0)
        {
            var (selectionSet, depth) = pending.Pop();

            // An indexed loop: foreach over the interface would allocate an enumerator per selection set.
            var selectionList = selectionSet.Selections;
            for (var i = 0; i < selectionList.Count; i++)
            {
                var selection = selectionList[i];
                if (++selections > maxSelections)
                {
                    return Error($"The operation has more than {maxSelections} selections with fragments expanded.", RequestErrorCodes.MaxFields, selection);
                }

                switch (selection)
                {
                    case FieldNode field when IsIntrospection(field, depth):
                        // PARITY.md §12.4: introspection is exempt; MaxIntrospectionDepthRule bounds it instead.
                        break;
                    case FieldNode field:
                        if (depth > limits.MaxFieldDepth)
                        {
                            return Error($"The operation nests fields more than {limits.MaxFieldDepth} deep.", RequestErrorCodes.MaxFieldDepth, field);
                        }

                        if (++fields > limits.MaxFields)
                        {
                            return Error($"The operation selects more than {limits.MaxFields} fields with fragments expanded.", RequestErrorCodes.MaxFields, field);
                        }

                        if (field.Alias is { } alias && alias.Value != field.Name.Value && ++aliases > limits.MaxAliases)
                        {
                            return Error($"The operation uses more than {limits.MaxAliases} aliases with fragments expanded.", RequestErrorCodes.MaxAliases, field);
                        }

                        if (field.SelectionSet is { } subSelection)
                        {
                            pending.Push((subSelection, depth + 1));
                        }

                        break;
                    case InlineFragmentNode inline:
                        pending.Push((inline.SelectionSet, depth));
                        break;
                    case FragmentSpreadNode spread when (fragments ??= FragmentsOf(document)).TryGetValue(spread.Name.Value, out var fragment):
                        pending.Push((fragment.SelectionSet, depth));
                        break;
                }
            }
        }

        return null;
    }

    // Indexed at the first spread: most operations spread no fragment.
    private static Dictionary<string, FragmentDefinitionNode> FragmentsOf(DocumentNode document)
    {
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments[fragment.Name.Value] = fragment;
            }
        }

        return fragments;
    }

    private static bool IsIntrospection(FieldNode field, int depth) =>
        depth == 1 && field.Name.Value is "__schema" or "__type";

    private static GraphQLError Error(string message, string code, SyntaxNode node) =>
        GraphQLError.Create(
            message,
            code,
            null,
            node.Location is { } location ? new[] { new SourceLocation(location.Line, location.Column) } : Array.Empty<SourceLocation>());
}
