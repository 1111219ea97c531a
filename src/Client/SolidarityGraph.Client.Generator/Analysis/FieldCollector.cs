using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.Client.Generator.Analysis;

/// <summary>
/// An interface a selection also belongs to: a named fragment (<c>IProjectSummary</c>, or a nested
/// <c>IProjectSummary_Funding</c>) or the common interface of an abstract field, with the type it was written for.
/// </summary>
/// <param name="PerType">
/// True for the interface of a nested field of abstract type: it has one sub-interface per possible type
/// (<c>{Interface}_{Type}</c>), which the result class of that type also implements.
/// </param>
internal sealed record Origin(string Interface, INamedType Context, bool PerType = false);

/// <summary>One field of a selection after merging, with every node that selects it and where each came from.</summary>
internal sealed class CollectedField(string responseName, IType type, string summary)
{
    public string ResponseName { get; } = responseName;

    public IType Type { get; } = type;

    /// <summary>The property's XML doc text: the schema's description of the field, else where the field comes from.</summary>
    public string Summary { get; } = summary;

    public List<(FieldNode Node, IReadOnlyList<Origin> Origins)> Nodes { get; } = new();

    /// <summary>True when some node is selected without <c>@include</c>/<c>@skip</c> on it or on an enclosing fragment.</summary>
    public bool Unconditional { get; set; }
}

/// <summary>The merged fields of a selection for one type, and the origin interfaces that contributed.</summary>
internal sealed class Collection
{
    public List<CollectedField> Fields { get; } = new();

    public List<string> Reached { get; } = new();
}

/// <summary>
/// CollectFields (spec §6.3.2) at generation time: merges the selections that apply to one type (an object type for
/// result classes; an abstract type for the interfaces shared by all its possible types), keeping for each field
/// whether it is conditional and which fragment interfaces it belongs to.
/// </summary>
internal sealed class FieldCollector(Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
{
    private readonly IType _typename = new NonNullType(schema.GetType("String")!);

    public Collection Collect(IEnumerable<(SelectionSetNode Set, IReadOnlyList<Origin> Origins)> inputs, INamedType context)
    {
        var collection = new Collection();
        foreach (var (set, origins) in inputs)
        {
            Visit(set, context, context, origins, conditional: false, collection);
        }

        return collection;
    }

    /// <summary>True when every possible type of <paramref name="type"/> is one of <paramref name="condition"/>'s.</summary>
    public bool IsWithin(INamedType type, INamedType condition) =>
        type.Name == condition.Name
        || (condition is IAbstractType && PossibleTypes(type).All(t => schema.IsSubType((IAbstractType)condition, t)));

    public IReadOnlyList<ObjectType> PossibleTypes(INamedType type) =>
        type is IAbstractType abstractType ? schema.GetPossibleTypes(abstractType) : type is ObjectType o ? new[] { o } : Array.Empty<ObjectType>();

    // scope: the type the selection set was written for. Collecting for a union (or an interface) reaches fields written in
    // fragments on an interface they all implement; their definitions come from that type.
    private void Visit(SelectionSetNode set, INamedType context, INamedType scope, IReadOnlyList<Origin> origins, bool conditional, Collection into)
    {
        foreach (var selection in set.Selections)
        {
            if (Directives.IsNeverIncluded(selection.Directives))
            {
                continue;
            }

            var isConditional = conditional || Directives.IsConditional(selection.Directives);
            switch (selection)
            {
                case FieldNode field:
                    Add(field, FieldTypes.Of(context, field.Name.Value) is null ? scope : context, origins, isConditional, into);
                    break;
                case InlineFragmentNode inline:
                    var condition = inline.TypeCondition is null ? context : schema.GetType(inline.TypeCondition.Name.Value)!;
                    if (IsWithin(context, condition))
                    {
                        Visit(inline.SelectionSet, context, condition, Narrow(origins, condition), isConditional, into);
                    }

                    break;
                case FragmentSpreadNode spread when fragments.TryGetValue(spread.Name.Value, out var fragment):
                    var fragmentType = schema.GetType(fragment.TypeCondition.Name.Value)!;
                    if (IsWithin(context, fragmentType))
                    {
                        var next = Narrow(origins, fragmentType);
                        if (!isConditional)
                        {
                            next.Add(new Origin("I" + fragment.Name.Value, fragmentType));
                        }

                        Visit(fragment.SelectionSet, context, fragmentType, next, isConditional, into);
                    }

                    break;
            }
        }
    }

    private void Add(FieldNode node, INamedType context, IReadOnlyList<Origin> origins, bool isConditional, Collection into)
    {
        var responseName = node.Alias?.Value ?? node.Name.Value;
        var field = into.Fields.FirstOrDefault(f => f.ResponseName == responseName);
        if (field is null)
        {
            var definition = node.Name.Value == TypenameRewriter.Typename ? null : FieldTypes.Of(context, node.Name.Value)!;
            field = new CollectedField(responseName, definition?.Type ?? _typename, Summary(node, context, definition));
            into.Fields.Add(field);
        }

        field.Nodes.Add((node, origins));
        field.Unconditional |= !isConditional;
        foreach (var origin in origins.Where(o => !into.Reached.Contains(o.Interface)))
        {
            into.Reached.Add(origin.Interface);
        }
    }

    /// <summary>
    /// What a partner sees for the property in IntelliSense: the field's description in the schema when it has one,
    /// otherwise the schema coordinate it is read from (and the alias that renamed it), so the property can be looked up.
    /// </summary>
    private static string Summary(FieldNode node, INamedType context, OutputField? definition)
    {
        if (definition is null)
        {
            return "The name of the object's GraphQL type (<c>__typename</c>); result classes and pattern matching follow it.";
        }

        if (!string.IsNullOrWhiteSpace(definition.Description))
        {
            return CSharpNames.Xml(definition.Description!);
        }

        var alias = node.Alias is { } a ? $", selected as <c>{a.Value}</c>" : string.Empty;
        return $"The <c>{context.Name}.{node.Name.Value}</c> field{alias}.";
    }

    /// <summary>Origins stay only while the fragment being entered applies to everything they were written for.</summary>
    private List<Origin> Narrow(IReadOnlyList<Origin> origins, INamedType condition) =>
        origins.Where(o => IsWithin(o.Context, condition)).ToList();
}

/// <summary><c>@include</c> and <c>@skip</c> (spec §3.13.2, §3.13.3) as seen by the generator.</summary>
internal static class Directives
{
    /// <summary>True when a directive may leave the selection out, i.e. its <c>if</c> is a variable.</summary>
    public static bool IsConditional(IReadOnlyList<DirectiveNode> directives) =>
        directives.Any(d => IsIncludeOrSkip(d) && d.Arguments.Any(a => a.Name.Value == "if" && a.Value is VariableNode));

    /// <summary>True for <c>@include(if: false)</c> or <c>@skip(if: true)</c> literals.</summary>
    public static bool IsNeverIncluded(IReadOnlyList<DirectiveNode> directives) =>
        directives.Any(d => IsIncludeOrSkip(d)
            && d.Arguments.Any(a => a.Name.Value == "if" && a.Value is BooleanValueNode value && value.Value == (d.Name.Value == "skip")));

    private static bool IsIncludeOrSkip(DirectiveNode directive) => directive.Name.Value is "include" or "skip";
}
