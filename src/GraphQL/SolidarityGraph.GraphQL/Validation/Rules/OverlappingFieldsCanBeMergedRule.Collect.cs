using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Validation.Rules;

/// <content>Collecting fields per selection set and comparing arguments, both memoised.</content>
internal sealed partial class OverlappingFieldsCanBeMergedRule
{
    private sealed partial class Comparer
    {
        private bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
        {
            if (arguments1.Count != arguments2.Count)
            {
                return false;
            }

            foreach (var argument1 in arguments1)
            {
                Spend(1);
                var argument2 = arguments2.LastOrDefault(a => a.Name.Value == argument1.Name.Value);
                if (argument2 is null || ValueKey(argument1.Value) != ValueKey(argument2.Value))
                {
                    return false;
                }
            }

            return true;
        }

        // A canonical text for a value: input object fields sorted by name, strings remembering whether they were block strings.
        private string ValueKey(ValueNode value)
        {
            if (_valueKeys.TryGetValue(value, out var key))
            {
                return key;
            }

            key = value switch
            {
                VariableNode v => "$" + v.Name.Value,
                ObjectValueNode o => "{" + string.Join(",", o.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal)
                    .Select(f => f.Name.Value + ":" + ValueKey(f.Value))) + "}",
                ListValueNode l => "[" + string.Join(",", l.Values.Select(ValueKey)) + "]",
                StringValueNode s => (s.Block ? "B" : "S") + Printer.Print(new StringValueNode(s.Value)),
                IntValueNode i => "I" + i.Value,
                FloatValueNode f => "F" + f.Value,
                BooleanValueNode b => b.Value ? "true" : "false",
                EnumValueNode e => "E" + e.Value,
                _ => "null",
            };
            _valueKeys[value] = key;
            return key;
        }

        private FieldsAndFragments CollectFragment(FragmentDefinitionNode fragment) =>
            Collect(TypeFromAst.Convert(Context.ExecutableSchema, fragment.TypeCondition) as INamedType, fragment.SelectionSet);

        private FieldsAndFragments Collect(INamedType? parentType, SelectionSetNode selectionSet)
        {
            if (!_collected.TryGetValue((parentType, selectionSet), out var collected))
            {
                collected = new FieldsAndFragments();
                CollectInto(collected, parentType, selectionSet);
                _collected[(parentType, selectionSet)] = collected;
            }

            return collected;
        }

        private void CollectInto(FieldsAndFragments collected, INamedType? parentType, SelectionSetNode selectionSet)
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        var definition = (parentType as IComplexOutputType)?.Fields.Find(field.Name.Value);
                        collected.Add(field.Alias?.Value ?? field.Name.Value, new FieldDetails(parentType, field, definition));
                        break;
                    case FragmentSpreadNode spread:
                        collected.SpreadNodes.Add(spread);
                        break;
                    case InlineFragmentNode inline:
                        var type = inline.TypeCondition is { } condition
                            ? TypeFromAst.Convert(Context.ExecutableSchema, condition) as INamedType
                            : parentType;
                        CollectInto(collected, type, inline.SelectionSet);
                        break;
                }
            }
        }

        // The fragments spread by a selection set, each definition once (the last spread of it stands for all).
        private List<Spread> SpreadsOf(FieldsAndFragments collected)
        {
            if (collected.Spreads is { } cached)
            {
                return cached;
            }

            var spreads = new List<Spread>();
            var byDefinition = new Dictionary<object, Spread>();
            foreach (var node in collected.SpreadNodes)
            {
                Spend(1);
                var definition = Context.GetFragment(node.Name.Value);
                var key = (object?)definition ?? UnknownFragment;
                if (byDefinition.TryGetValue(key, out var previous))
                {
                    previous.Node = node;
                }
                else
                {
                    var spread = new Spread(node, definition);
                    byDefinition[key] = spread;
                    spreads.Add(spread);
                }
            }

            collected.Spreads = spreads;
            return spreads;
        }
    }
}
