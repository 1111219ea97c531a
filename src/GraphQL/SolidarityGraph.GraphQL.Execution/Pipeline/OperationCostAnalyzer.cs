using System.Globalization;
using System.Text.Json;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Directives;

namespace SolidarityGraph.GraphQL.Pipeline;

/// <summary>
/// The static cost of an operation per the IBM GraphQL Cost Directive specification, from the validated document
/// and the raw variables, before anything executes. For each field:
/// <c>cost = Σ weights of the arguments given + size × (weight + cost of the selections)</c>, where
/// <list type="bullet">
/// <item><c>weight</c> is the field's <c>@cost</c>, else its type's <c>@cost</c>, else 1 for object, interface and
/// union types and 0 for scalars and enums (the specification's defaults); root mutation fields weigh
/// <see cref="CostOptions.MutationFieldWeight"/>;</item>
/// <item><c>size</c> is 1 for a single value; for a list, the largest slicing argument given, else
/// <c>@listSize(assumedSize:)</c>, else <see cref="CostOptions.DefaultListSize"/>. With <c>sizedFields</c> the
/// size applies to those fields of the returned object (<c>edges</c>, <c>nodes</c> of a connection) instead.</item>
/// </list>
/// Fragments are expanded and fields merged by response key as execution would; selections excluded by
/// <c>@skip</c>/<c>@include</c> cost nothing; on an abstract type the most expensive possible type counts.
/// <c>__typename</c> costs 0 and <c>__schema</c>/<c>__type</c> <see cref="CostOptions.IntrospectionFieldCost"/> each
/// (their depth is bounded by validation's introspection depth rule). Runs after the operation limits, which bound
/// the fields with fragments expanded.
/// </summary>
public sealed partial class OperationCostAnalyzer
{
    private readonly Schema _schema;
    private readonly CostOptions _options;
    private static readonly Dictionary<string, object?> NoVariables = new(StringComparer.Ordinal);
    private readonly DocumentNode _document;
    private readonly OperationDefinitionNode _operation;
    private readonly IReadOnlyDictionary<string, object?> _variables;
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private bool _readVariables;

    private OperationCostAnalyzer(Schema schema, DocumentNode document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? variables, CostOptions options)
    {
        _schema = schema;
        _options = options;
        _document = document;
        _operation = operation;
        _variables = variables ?? NoVariables;
    }

    // The fragments by name, indexed at the first spread: most operations spread none.
    private Dictionary<string, FragmentDefinitionNode> Fragments
    {
        get
        {
            if (_fragments is null)
            {
                _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
                foreach (var definition in _document.Definitions)
                {
                    if (definition is FragmentDefinitionNode fragment)
                    {
                        _fragments[fragment.Name.Value] = fragment;
                    }
                }
            }

            return _fragments;
        }
    }

    /// <summary>The cost of <paramref name="operation"/> (a validated operation of <paramref name="document"/>).</summary>
    public static double Compute(
        Schema schema, DocumentNode document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? variables, CostOptions options) =>
        Compute(schema, document, operation, variables, options, out _);

    /// <summary>
    /// The cost of <paramref name="operation"/>, and whether any variable was consulted (a slicing argument or an
    /// <c>@skip</c>/<c>@include</c> condition given by a variable); when none was, the cost holds for every request.
    /// </summary>
    internal static double Compute(
        Schema schema,
        DocumentNode document,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? variables,
        CostOptions options,
        out bool readVariables)
    {
        readVariables = false;
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(options);
        var root = schema.GetRootType(operation.Operation);
        if (root is null)
        {
            return 0;
        }

        var analyzer = new OperationCostAnalyzer(schema, document, operation, variables, options);
        var rootWeight = operation.Operation == OperationType.Mutation ? options.MutationFieldWeight : (double?)null;
        var cost = analyzer.SelectionCost(root, new[] { operation.SelectionSet }, sized: null, rootWeight);
        readVariables = analyzer._readVariables;
        return cost;
    }

    /// <summary>The cost of selections on <paramref name="type"/>: the most expensive possible object type counts.</summary>
    private double SelectionCost(INamedType type, IReadOnlyList<SelectionSetNode> selectionSets, Sized? sized, double? fieldWeight = null)
    {
        if (type is ObjectType objectType)
        {
            return ObjectCost(objectType, selectionSets, sized, fieldWeight);
        }

        if (type is IAbstractType abstractType)
        {
            var max = 0.0;
            foreach (var possible in _schema.GetPossibleTypes(abstractType))
            {
                max = Math.Max(max, ObjectCost(possible, selectionSets, sized, fieldWeight));
            }

            return max;
        }

        return 0;
    }

    private double ObjectCost(ObjectType type, IReadOnlyList<SelectionSetNode> selectionSets, Sized? sized, double? fieldWeight)
    {
        // Collected once: the fields first, then the introspection fields, summed in that order.
        var groups = Collect(type, selectionSets);
        var total = 0.0;
        foreach (var (_, nodes) in groups)
        {
            var first = nodes[0];
            if (IsIntrospection(first) || !type.Fields.TryGetField(first.Name.Value, out var field))
            {
                continue; // __typename, or a field validation already refused
            }

            var size = sized is { } s && s.Fields.Contains(first.Name.Value) ? s.Size : (double?)null;
            total += FieldCost(field, first, SubSelections(nodes), size, fieldWeight);
        }

        foreach (var (_, nodes) in groups)
        {
            if (IsIntrospection(nodes[0]))
            {
                total += nodes[0].Name.Value == "__typename" ? 0 : _options.IntrospectionFieldCost;
            }
        }

        return total;
    }

    private static bool IsIntrospection(FieldNode node) => node.Name.Value.StartsWith("__", StringComparison.Ordinal);

    private static List<SelectionSetNode>? SubSelections(List<FieldNode> nodes)
    {
        List<SelectionSetNode>? subSelections = null;
        foreach (var node in nodes)
        {
            if (node.SelectionSet is { } selectionSet)
            {
                (subSelections ??= new List<SelectionSetNode>(nodes.Count)).Add(selectionSet);
            }
        }

        return subSelections;
    }

    private double FieldCost(OutputField field, FieldNode node, List<SelectionSetNode>? subSelections, double? sizeFromParent, double? fieldWeight)
    {
        var namedType = field.Type.NamedType();
        var weight = Weight(field.Directives) ?? fieldWeight ?? Weight(namedType.Directives) ?? (namedType.IsCompositeType() ? 1 : 0);
        var argumentCost = 0.0;
        foreach (var argument in node.Arguments)
        {
            // The weight first: an argument without one costs nothing, whatever its (variable) value.
            if (field.Arguments.Contains(argument.Name.Value)
                && Weight(field.Arguments[argument.Name.Value].Directives) is { } argumentWeight
                && Value(argument.Value) is not null)
            {
                argumentCost += argumentWeight;
            }
        }

        var listSize = Find(field.Directives, CostDirectives.ListSizeName);
        var sizedFields = listSize is null ? null : Strings(listSize, "sizedFields");
        var size = SliceSize(field, node, listSize);
        Sized? childSizing = sizedFields is { Count: > 0 } ? new Sized(sizedFields, size) : null;
        var multiplier = childSizing is null && IsList(field.Type) ? sizeFromParent ?? size : sizeFromParent ?? 1;
        var childCost = subSelections is not null ? SelectionCost(namedType, subSelections, childSizing) : 0;
        return argumentCost + multiplier * (weight + childCost);
    }

    /// <summary>The largest slicing argument given, else the assumed size, else the default list size.</summary>
    private double SliceSize(OutputField field, FieldNode node, DirectiveNode? listSize)
    {
        if (listSize is not null && Strings(listSize, "slicingArguments") is { } slicing)
        {
            double? largest = null;
            foreach (var argument in node.Arguments)
            {
                if (slicing.Contains(argument.Name.Value) && Number(Value(argument.Value)) is { } value)
                {
                    largest = Math.Max(largest ?? 0, value);
                }
            }

            // Arguments left out fall back on their default value (e.g. search(first: Int! = 20)).
            foreach (var name in slicing)
            {
                if (node.Arguments.All(a => a.Name.Value != name) && field.Arguments.Contains(name)
                    && field.Arguments[name] is { HasDefaultValue: true } argument && Number(argument.DefaultValue) is { } fallback)
                {
                    largest = Math.Max(largest ?? 0, fallback);
                }
            }

            if (largest is { } given)
            {
                return Math.Max(0, given);
            }
        }

        return Int(listSize, "assumedSize") ?? _options.DefaultListSize;
    }

    /// <summary>The fields of a returned object that a parent's <c>@listSize(sizedFields:)</c> sizes.</summary>
    private sealed record Sized(HashSet<string> Fields, double Size);
}
