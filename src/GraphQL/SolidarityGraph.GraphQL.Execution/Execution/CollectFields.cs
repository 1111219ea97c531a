using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>Spec §6.3.2 Field Collection.</summary>
internal static class FieldCollector
{
    /// <summary>
    /// CollectFields(objectType, selectionSet, variableValues, visitedFragments): the grouped field set, ordered by
    /// the first occurrence of each response key; <c>@skip</c>/<c>@include</c> applied; each fragment visited once.
    /// </summary>
    public static GroupedFieldSet CollectFields(ExecutionContext context, ObjectType objectType, SelectionSetNode selectionSet)
    {
        var collection = new Collection(new GroupedFieldSet());
        Collect(context, objectType, selectionSet, ref collection);
        return collection.Groups;
    }

    /// <summary>The grouped field set of the merged sub-selections of <paramref name="group"/> (spec §6.4.3 CollectSubfields).</summary>
    public static GroupedFieldSet CollectSubfields(ExecutionContext context, ObjectType objectType, FieldGroup group)
    {
        var collection = new Collection(new GroupedFieldSet());
        foreach (var field in group.Fields)
        {
            if (field.SelectionSet is { } selectionSet)
            {
                Collect(context, objectType, selectionSet, ref collection);
            }
        }

        return collection.Groups;
    }

    private static void Collect(
        ExecutionContext context,
        ObjectType objectType,
        SelectionSetNode selectionSet,
        ref Collection collection)
    {
        // An indexed loop: foreach over the interface would allocate an enumerator per selection set.
        var selections = selectionSet.Selections;
        for (var i = 0; i < selections.Count; i++)
        {
            var selection = selections[i];
            if (!ShouldInclude(context, selection))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    var key = field.Alias?.Value ?? field.Name.Value;
                    if (collection.Find(key) is { } group)
                    {
                        group.Fields.Add(field);
                    }
                    else
                    {
                        collection.Add(new FieldGroup(key, field));
                    }

                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    collection.VisitedFragments ??= new HashSet<string>(StringComparer.Ordinal);
                    if (collection.VisitedFragments.Contains(name) || !context.Fragments.TryGetValue(name, out var fragment))
                    {
                        continue;
                    }

                    collection.VisitedFragments.Add(name);
                    if (DoesFragmentTypeApply(context.Schema, objectType, fragment.TypeCondition))
                    {
                        Collect(context, objectType, fragment.SelectionSet, ref collection);
                    }

                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || DoesFragmentTypeApply(context.Schema, objectType, inline.TypeCondition))
                    {
                        Collect(context, objectType, inline.SelectionSet, ref collection);
                    }

                    break;
            }
        }
    }

    /// <summary>Spec §6.3.2 DoesFragmentTypeApply(objectType, fragmentType).</summary>
    private static bool DoesFragmentTypeApply(Schema schema, ObjectType objectType, NamedTypeNode typeCondition)
    {
        var fragmentType = schema.GetType(typeCondition.Name.Value);
        return fragmentType switch
        {
            ObjectType => ReferenceEquals(fragmentType, objectType),
            IAbstractType abstractType => schema.IsSubType(abstractType, objectType),
            _ => false,
        };
    }

    /// <summary>Spec §3.13.2 @skip and §3.13.3 @include: skipped when <c>@skip(if: true)</c> or <c>@include(if: false)</c>.</summary>
    private static bool ShouldInclude(ExecutionContext context, SelectionNode selection)
    {
        if (selection.Directives.Count == 0)
        {
            return true;
        }

        return !(Condition(context, selection, "skip") is true) && !(Condition(context, selection, "include") is false);
    }

    private static bool? Condition(ExecutionContext context, SelectionNode selection, string directiveName)
    {
        foreach (var directive in selection.Directives)
        {
            if (directive.Name.Value == directiveName && context.Schema.GetDirective(directiveName) is { } definition)
            {
                var arguments = ArgumentValues.CoerceArgumentValues(definition.Arguments, directive.Arguments, directive, ArgumentOwner.Directive(directiveName), context.Variables);
                return arguments.TryGetValue("if", out var value) ? value as bool? : null;
            }
        }

        return null;
    }

    /// <summary>
    /// What one CollectFields call gathers. Most selection sets are small, so response keys are matched by a scan
    /// until there are <see cref="IndexFrom"/> groups, and visited fragments are tracked from the first spread.
    /// </summary>
    private struct Collection(GroupedFieldSet groups)
    {
        private const int IndexFrom = 16;
        private Dictionary<string, FieldGroup>? _byKey;

        public GroupedFieldSet Groups { get; } = groups;

        public HashSet<string>? VisitedFragments { get; set; }

        public readonly FieldGroup? Find(string key)
        {
            if (_byKey is not null)
            {
                return _byKey.TryGetValue(key, out var indexed) ? indexed : null;
            }

            for (var i = 0; i < Groups.Count; i++)
            {
                if (string.Equals(Groups[i].ResponseKey, key, StringComparison.Ordinal))
                {
                    return Groups[i];
                }
            }

            return null;
        }

        public void Add(FieldGroup group)
        {
            Groups.Add(group);
            if (_byKey is not null)
            {
                _byKey.Add(group.ResponseKey, group);
            }
            else if (Groups.Count == IndexFrom)
            {
                _byKey = Groups.ToDictionary(g => g.ResponseKey, StringComparer.Ordinal);
            }
        }
    }
}
