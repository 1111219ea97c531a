using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>The field selections that share one response key, in document order (spec §6.3.2 "fields").</summary>
internal sealed class FieldGroup
{
    public FieldGroup(string responseKey, FieldNode first)
    {
        ResponseKey = responseKey;
        Fields = new List<FieldNode>(1) { first };
    }

    public string ResponseKey { get; }

    public List<FieldNode> Fields { get; }

    /// <summary>The selection whose name and arguments define the field (spec: "the first entry").</summary>
    public FieldNode First => Fields[0];

    /// <summary>
    /// The coerced arguments of <see cref="First"/> for <paramref name="field"/> (spec §6.4.1), computed once: a group
    /// belongs to one request, so its variables are fixed, and every item of a list of objects shares it.
    /// </summary>
    /// <exception cref="FieldErrorException">An argument is missing or invalid (not cached: raised for every item).</exception>
    public IReadOnlyDictionary<string, object?> ArgumentValuesFor(ObjectType objectType, OutputField field, IReadOnlyDictionary<string, object?> variables)
    {
        // One entry: only a group selected on an abstract type meets several definitions, one per runtime type.
        if (_arguments is { } cached && ReferenceEquals(cached.Field, field))
        {
            return cached.Values;
        }

        var values = ArgumentValues.CoerceArgumentValues(field.Arguments, First.Arguments, First, ArgumentOwner.Field(objectType, field), variables);
        if (field.Arguments.Count > 0)
        {
            _arguments = new CoercedArguments(field, values);
        }

        return values;
    }

    private CoercedArguments? _arguments;

    private sealed record CoercedArguments(OutputField Field, IReadOnlyDictionary<string, object?> Values);
}

/// <summary>A grouped field set (spec §6.3.2): the field groups in order, and their response keys.</summary>
internal sealed class GroupedFieldSet : List<FieldGroup>
{
    private string[]? _responseKeys;

    /// <summary>The response keys in order, shared by every <see cref="ResultMap"/> of this set (complete once collected).</summary>
    public string[] ResponseKeys => _responseKeys ??= ConvertAll(group => group.ResponseKey).ToArray();
}

/// <summary>Spec §6.3.2 Field Collection.</summary>
internal static class FieldCollector
{
    /// <summary>
    /// CollectFields(objectType, selectionSet, variableValues, visitedFragments): the grouped field set, ordered by
    /// the first occurrence of each response key; <c>@skip</c>/<c>@include</c> applied; each fragment visited once.
    /// </summary>
    public static GroupedFieldSet CollectFields(ExecutionContext context, ObjectType objectType, SelectionSetNode selectionSet)
    {
        var groups = new GroupedFieldSet();
        var byKey = new Dictionary<string, FieldGroup>(StringComparer.Ordinal);
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        Collect(context, objectType, selectionSet, groups, byKey, visitedFragments);
        return groups;
    }

    /// <summary>The grouped field set of the merged sub-selections of <paramref name="group"/> (spec §6.4.3 CollectSubfields).</summary>
    public static GroupedFieldSet CollectSubfields(ExecutionContext context, ObjectType objectType, FieldGroup group)
    {
        var groups = new GroupedFieldSet();
        var byKey = new Dictionary<string, FieldGroup>(StringComparer.Ordinal);
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in group.Fields)
        {
            if (field.SelectionSet is { } selectionSet)
            {
                Collect(context, objectType, selectionSet, groups, byKey, visitedFragments);
            }
        }

        return groups;
    }

    private static void Collect(
        ExecutionContext context,
        ObjectType objectType,
        SelectionSetNode selectionSet,
        List<FieldGroup> groups,
        Dictionary<string, FieldGroup> byKey,
        HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldInclude(context, selection))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    var key = field.Alias?.Value ?? field.Name.Value;
                    if (byKey.TryGetValue(key, out var group))
                    {
                        group.Fields.Add(field);
                    }
                    else
                    {
                        group = new FieldGroup(key, field);
                        byKey.Add(key, group);
                        groups.Add(group);
                    }

                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (visitedFragments.Contains(name) || !context.Fragments.TryGetValue(name, out var fragment))
                    {
                        continue;
                    }

                    visitedFragments.Add(name);
                    if (DoesFragmentTypeApply(context.Schema, objectType, fragment.TypeCondition))
                    {
                        Collect(context, objectType, fragment.SelectionSet, groups, byKey, visitedFragments);
                    }

                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || DoesFragmentTypeApply(context.Schema, objectType, inline.TypeCondition))
                    {
                        Collect(context, objectType, inline.SelectionSet, groups, byKey, visitedFragments);
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
}
