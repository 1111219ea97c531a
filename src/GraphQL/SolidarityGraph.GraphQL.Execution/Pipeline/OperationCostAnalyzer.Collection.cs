using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Pipeline;

// Which fields a selection contributes on one object type, as execution would collect them.
public sealed partial class OperationCostAnalyzer
{
    /// <summary>Spec §6.3.2 CollectFields for one object type, grouped by response key.</summary>
    private List<(string Key, List<FieldNode> Nodes)> Collect(ObjectType type, IReadOnlyList<SelectionSetNode> selectionSets)
    {
        var groups = new List<(string Key, List<FieldNode> Nodes)>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        HashSet<string>? visited = null;
        var pending = new Stack<SelectionNode>();
        for (var i = selectionSets.Count - 1; i >= 0; i--)
        {
            PushReversed(pending, selectionSets[i]);
        }

        while (pending.Count > 0)
        {
            var selection = pending.Pop();
            if (!IsIncluded(selection))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    var key = field.Alias?.Value ?? field.Name.Value;
                    if (index.TryGetValue(key, out var at))
                    {
                        groups[at].Nodes.Add(field);
                    }
                    else
                    {
                        index[key] = groups.Count;
                        groups.Add((key, new List<FieldNode> { field }));
                    }

                    break;
                case InlineFragmentNode inline when inline.TypeCondition is null || Applies(inline.TypeCondition.Name.Value, type):
                    PushReversed(pending, inline.SelectionSet);
                    break;
                case FragmentSpreadNode spread when (visited ??= new HashSet<string>(StringComparer.Ordinal)).Add(spread.Name.Value)
                    && Fragments.TryGetValue(spread.Name.Value, out var fragment)
                    && Applies(fragment.TypeCondition.Name.Value, type):
                    PushReversed(pending, fragment.SelectionSet);
                    break;
            }
        }

        return groups;
    }

    private static void PushReversed(Stack<SelectionNode> pending, SelectionSetNode selectionSet)
    {
        for (var i = selectionSet.Selections.Count - 1; i >= 0; i--)
        {
            pending.Push(selectionSet.Selections[i]);
        }
    }

    private bool Applies(string typeCondition, ObjectType type) =>
        typeCondition == type.Name
        || (_schema.GetType(typeCondition) is IAbstractType abstractType && _schema.IsSubType(abstractType, type));

    /// <summary>Spec §3.13.1–2: <c>@skip(if: true)</c> or <c>@include(if: false)</c> leave the selection out.</summary>
    private bool IsIncluded(SelectionNode selection)
    {
        foreach (var directive in selection.Directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            var condition = ArgumentValue(directive, "if") is { } value && Value(value) is true;
            if (name == "skip" ? condition : !condition)
            {
                return false;
            }
        }

        return true;
    }
}
