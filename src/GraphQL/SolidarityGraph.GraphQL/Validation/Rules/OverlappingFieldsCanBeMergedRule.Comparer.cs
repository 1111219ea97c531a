using System.Text;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Validation.Rules;

/// <content>The comparison itself, with the memo tables that keep it polynomial.</content>
internal sealed partial class OverlappingFieldsCanBeMergedRule
{
    private sealed partial class Comparer(ValidationContext context)
    {
        // Stands for an unknown fragment in the pair tables.
        private static readonly object UnknownFragment = new();

        private readonly Dictionary<(INamedType?, SelectionSetNode), FieldsAndFragments> _collected = new();
        private readonly Dictionary<(FieldsAndFragments, object), bool> _comparedFieldsAndFragments = new();
        private readonly Dictionary<(object, object), bool> _comparedFragments = new();
        private readonly Dictionary<ValueNode, string> _valueKeys = new();
        private int _budget = ComplexityBudget;

        public ValidationContext Context { get; } = context;

        public List<Conflict> FindConflictsWithin(INamedType? parentType, SelectionSetNode selectionSet)
        {
            var conflicts = new List<Conflict>();
            var collected = Collect(parentType, selectionSet);
            foreach (var responseName in collected.ResponseNames)
            {
                var fields = collected.Fields[responseName];
                for (var i = 0; i < fields.Count; i++)
                {
                    for (var j = i + 1; j < fields.Count; j++)
                    {
                        AddIfConflict(conflicts, FindConflict(false, responseName, fields[i], fields[j]));
                    }
                }
            }

            if (collected.SpreadNodes.Count != 0 && (collected.Fields.Count != 0 || collected.SpreadNodes.Count > 1))
            {
                var spreads = SpreadsOf(collected);
                for (var i = 0; i < spreads.Count; i++)
                {
                    BetweenFieldsAndFragment(conflicts, false, collected, spreads[i]);
                    for (var j = i + 1; j < spreads.Count; j++)
                    {
                        BetweenFragments(conflicts, false, spreads[i], spreads[j]);
                    }
                }
            }

            return conflicts;
        }

        private void BetweenFieldsAndFragment(List<Conflict> conflicts, bool exclusive, FieldsAndFragments fields, Spread spread)
        {
            Spend(1);
            if (fields.Fields.Count == 0 || !FirstComparison(_comparedFieldsAndFragments, (fields, (object?)spread.Definition ?? UnknownFragment), exclusive)
                || spread.Definition is not { } fragment)
            {
                return;
            }

            var fragmentFields = CollectFragment(fragment);
            var referenced = SpreadsOf(fragmentFields);

            // A fragment spreading itself is NoFragmentCyclesRule's to report.
            if (ReferenceEquals(fields, fragmentFields))
            {
                return;
            }

            Between(conflicts, exclusive, fields, fragmentFields);
            foreach (var inner in referenced)
            {
                BetweenFieldsAndFragment(conflicts, exclusive, fields, inner);
            }
        }

        private void BetweenFragments(List<Conflict> conflicts, bool exclusive, Spread spread1, Spread spread2)
        {
            Spend(2);
            var key1 = (object?)spread1.Definition ?? UnknownFragment;
            var key2 = (object?)spread2.Definition ?? UnknownFragment;
            if (ReferenceEquals(key1, key2)
                || _comparedFragments.TryGetValue((key2, key1), out var reversed) && (exclusive || !reversed)
                || !FirstComparison(_comparedFragments, (key1, key2), exclusive)
                || spread1.Definition is not { } fragment1
                || spread2.Definition is not { } fragment2)
            {
                return;
            }

            var fields1 = CollectFragment(fragment1);
            var referenced1 = SpreadsOf(fields1);
            var fields2 = CollectFragment(fragment2);
            var referenced2 = SpreadsOf(fields2);
            Between(conflicts, exclusive, fields1, fields2);
            foreach (var inner2 in referenced2)
            {
                BetweenFragments(conflicts, exclusive, spread1, inner2);
            }

            foreach (var inner1 in referenced1)
            {
                BetweenFragments(conflicts, exclusive, inner1, spread2);
            }
        }

        private List<Conflict> BetweenSubSelectionSets(
            bool exclusive, INamedType? parentType1, SelectionSetNode selectionSet1, INamedType? parentType2, SelectionSetNode selectionSet2)
        {
            var conflicts = new List<Conflict>();
            var fields1 = Collect(parentType1, selectionSet1);
            var spreads1 = SpreadsOf(fields1);
            var fields2 = Collect(parentType2, selectionSet2);
            var spreads2 = SpreadsOf(fields2);
            Between(conflicts, exclusive, fields1, fields2);
            foreach (var spread2 in spreads2)
            {
                BetweenFieldsAndFragment(conflicts, exclusive, fields1, spread2);
            }

            foreach (var spread1 in spreads1)
            {
                BetweenFieldsAndFragment(conflicts, exclusive, fields2, spread1);
            }

            foreach (var spread1 in spreads1)
            {
                foreach (var spread2 in spreads2)
                {
                    BetweenFragments(conflicts, exclusive, spread1, spread2);
                }
            }

            return conflicts;
        }

        private void Between(List<Conflict> conflicts, bool exclusive, FieldsAndFragments fields1, FieldsAndFragments fields2)
        {
            if (fields1.Fields.Count == 0 || fields2.Fields.Count == 0)
            {
                return;
            }

            if (!fields1.OverlapsWith.TryGetValue(fields2, out var overlapping))
            {
                overlapping = new List<string>();
                foreach (var responseName in fields1.ResponseNames)
                {
                    Spend(1);
                    if (fields2.Fields.ContainsKey(responseName))
                    {
                        overlapping.Add(responseName);
                    }
                }

                fields1.OverlapsWith[fields2] = overlapping;
            }

            foreach (var responseName in overlapping)
            {
                foreach (var field1 in fields1.Fields[responseName])
                {
                    foreach (var field2 in fields2.Fields[responseName])
                    {
                        AddIfConflict(conflicts, FindConflict(exclusive, responseName, field1, field2));
                    }
                }
            }
        }

        private Conflict? FindConflict(bool parentsExclusive, string responseName, FieldDetails field1, FieldDetails field2)
        {
            // Parents that are different object types can never describe the same object.
            var exclusive = parentsExclusive
                || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
            Spend(2);
            var node1 = field1.Node;
            var node2 = field2.Node;
            var type1 = field1.Definition?.Type;
            var type2 = field2.Definition?.Type;
            if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && SameType(type1, type2) && node1.Name.Value == node2.Name.Value)
            {
                return null;
            }

            if (!exclusive)
            {
                if (node1.Name.Value != node2.Name.Value)
                {
                    return Simple(responseName, $"\"{Abbreviate(node1.Name.Value)}\" and \"{Abbreviate(node2.Name.Value)}\" are different fields", node1, node2);
                }

                if (!SameArguments(node1.Arguments, node2.Arguments))
                {
                    return Simple(responseName, "they have differing arguments", node1, node2);
                }
            }

            if (field1.Stream is not null || field2.Stream is not null)
            {
                var reason = "they have overlapping stream directives";
                if (field1.Stream is { } stream1 && field2.Stream is { } stream2 && SameArguments(stream1.Arguments, stream2.Arguments))
                {
                    reason += ". See https://github.com/graphql/defer-stream-wg/discussions/100";
                }

                return Simple(responseName, reason, node1, node2);
            }

            if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
            {
                return Simple(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", node1, node2);
            }

            if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
            {
                var sub = BetweenSubSelectionSets(exclusive, type1?.NamedType(), selectionSet1, type2?.NamedType(), selectionSet2);
                return SubfieldConflicts(sub, responseName, node1, node2);
            }

            return null;
        }

        private static Conflict Simple(string responseName, string reason, FieldNode node1, FieldNode node2) =>
            new(responseName, reason, new List<FieldNode> { node1 }, new List<FieldNode> { node2 });

        private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
        {
            if (conflicts.Count == 0)
            {
                return null;
            }

            var message = new StringBuilder();
            foreach (var conflict in conflicts)
            {
                message.Append(message.Length == 0 ? string.Empty : " and ")
                    .Append($"subfields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}");
                if (message.Length > MaxConflictDetailLength)
                {
                    break;
                }
            }

            return new Conflict(
                responseName,
                Abbreviate(message.ToString()),
                ConflictNodes(node1, conflicts.Select(c => c.Fields1)),
                ConflictNodes(node2, conflicts.Select(c => c.Fields2)));
        }

        // The field itself, then the fields behind its sub-conflicts (the last ones of each), at most MaxConflictNodes.
        private static List<FieldNode> ConflictNodes(FieldNode node, IEnumerable<List<FieldNode>> sides)
        {
            var nodes = new List<FieldNode> { node };
            foreach (var side in sides)
            {
                var remaining = MaxConflictNodes - nodes.Count;
                nodes.AddRange(side.Skip(Math.Max(0, side.Count - remaining)));
                if (nodes.Count == MaxConflictNodes)
                {
                    break;
                }
            }

            return nodes;
        }

        private bool DoTypesConflict(IType type1, IType type2)
        {
            if (SameType(type1, type2))
            {
                return false;
            }

            Spend(1);
            return (type1, type2) switch
            {
                (ListType list1, ListType list2) => DoTypesConflict(list1.OfType, list2.OfType),
                (ListType, _) or (_, ListType) => true,
                (NonNullType nonNull1, NonNullType nonNull2) => DoTypesConflict(nonNull1.OfType, nonNull2.OfType),
                (NonNullType, _) or (_, NonNullType) => true,
                _ => (type1.IsLeafType() || type2.IsLeafType()) && !ReferenceEquals(type1, type2),
            };
        }

        private static bool SameType(IType? type1, IType? type2) =>
            type1 is null || type2 is null ? ReferenceEquals(type1, type2) : TypeComparators.IsEqualType(type1, type2);

        // Records that a pair was compared; false when it already was (in an exclusive comparison any earlier one counts).
        private static bool FirstComparison<TKey>(Dictionary<TKey, bool> table, TKey key, bool exclusive)
            where TKey : notnull
        {
            if (table.TryGetValue(key, out var earlier) && (exclusive || !earlier))
            {
                return false;
            }

            table[key] = exclusive;
            return true;
        }

        private static void AddIfConflict(List<Conflict> conflicts, Conflict? conflict)
        {
            if (conflict is not null)
            {
                conflicts.Add(conflict);
            }
        }

        private void Spend(int cost)
        {
            _budget -= cost;
            if (_budget < 0)
            {
                throw new ValidationAbortedException();
            }
        }
    }
}
