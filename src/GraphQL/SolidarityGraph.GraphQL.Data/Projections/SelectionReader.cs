using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Data.Projections;

/// <summary>The selections of one response key below a field: the field and every node merged into it.</summary>
internal sealed record SelectedField(string ResponseKey, OutputField Field, IReadOnlyList<FieldNode> Nodes);

/// <summary>
/// Spec §6.3.2 CollectFields for projections: the fields selected on an object type below a set of field nodes,
/// through inline fragments and fragment spreads whose type condition applies, honouring <c>@skip</c>/<c>@include</c>.
/// </summary>
internal sealed class SelectionReader(IResolverContext context)
{
    private readonly IReadOnlyDictionary<string, FragmentDefinitionNode> _fragments = context.Fragments;

    public IResolverContext Context => context;

    public IReadOnlyList<SelectedField> Collect(ObjectType type, IEnumerable<FieldNode> parents)
    {
        var byKey = new Dictionary<string, (OutputField Field, List<FieldNode> Nodes)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var parent in parents)
        {
            if (parent.SelectionSet is { } selectionSet)
            {
                Collect(type, selectionSet, byKey, order, new HashSet<string>(StringComparer.Ordinal));
            }
        }

        return order.Select(key => new SelectedField(key, byKey[key].Field, byKey[key].Nodes)).ToList();
    }

    private void Collect(ObjectType type, SelectionSetNode set, Dictionary<string, (OutputField, List<FieldNode>)> byKey, List<string> order, HashSet<string> visited)
    {
        foreach (var selection in set.Selections)
        {
            if (!ShouldInclude(selection))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field when type.Fields.Find(field.Name.Value) is { } definition:
                    var key = field.Alias?.Value ?? field.Name.Value;
                    if (!byKey.TryGetValue(key, out var entry))
                    {
                        byKey[key] = entry = (definition, new List<FieldNode>());
                        order.Add(key);
                    }

                    entry.Item2.Add(field);
                    break;
                case InlineFragmentNode inline when Applies(type, inline.TypeCondition):
                    Collect(type, inline.SelectionSet, byKey, order, visited);
                    break;
                case FragmentSpreadNode spread when visited.Add(spread.Name.Value)
                    && _fragments.TryGetValue(spread.Name.Value, out var fragment) && Applies(type, fragment.TypeCondition):
                    Collect(type, fragment.SelectionSet, byKey, order, visited);
                    break;
            }
        }
    }

    // A fragment applies when the type is its condition or one of the condition's possible types (an interface it
    // implements, a union it belongs to): the object type is always concrete here.
    private bool Applies(ObjectType type, NamedTypeNode? condition) =>
        condition is null || condition.Name.Value == type.Name || type.Interfaces.Any(i => i.Name == condition.Name.Value)
        || (context.Schema.GetType(condition.Name.Value) is UnionType union && context.Schema.IsSubType(union, type));

    private bool ShouldInclude(SelectionNode selection)
    {
        foreach (var directive in selection.Directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            var argument = directive.Arguments.FirstOrDefault(a => a.Name.Value == "if");
            var value = argument is not null && ValueFromAst.TryCoerce(argument.Value, Types.Scalars.SpecifiedScalars.Boolean, context.Variables, out var coerced) && coerced is true;
            if ((name == "skip" && value) || (name == "include" && !value))
            {
                return false;
            }
        }

        return true;
    }
}
