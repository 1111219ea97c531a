using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Data.Filtering;
using SolidarityGraph.GraphQL.Data.Paging;
using SolidarityGraph.GraphQL.Data.Sorting;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Directives;
using SolidarityGraph.GraphQL.Types.Scalars;

namespace SolidarityGraph.GraphQL.Data.Building;

/// <summary>
/// Completes data fields after the code-first build: replaces each field's type with its connection or segment type,
/// adds the paging, <c>where</c> and <c>order</c> arguments, and builds a new schema that includes the generated types.
/// (A stop-gap until the code-first builder offers a completion hook; see <c>execution-requests</c>.)
/// </summary>
internal static class DataSchemaCompletion
{
    /// <summary>The weight of a paged field: it runs a query of its own.</summary>
    private const double PagedFieldWeight = 10;

    /// <summary>The weight of a <c>where</c> or <c>order</c> argument: it makes that query harder.</summary>
    private const double FilterSortWeight = 10;

    public static Schema Complete(Schema schema)
    {
        var generated = new GeneratedTypes(schema);
        var connections = new ConnectionTypeFactory(generated);
        var errors = new List<string>();
        var completed = new List<(OutputField Field, DataFieldModel Model)>();
        foreach (var type in schema.Types.OfType<ObjectType>().ToList())
        {
            foreach (var field in type.Fields.ToList())
            {
                if (!field.ContextData.TryGetValue(DataFieldOptions.Key, out var value) || value is not DataFieldOptions options)
                {
                    continue;
                }

                var coordinate = $"{type.Name}.{field.Name}";
                try
                {
                    completed.Add(Replace(type, field, options, coordinate, connections));
                }
                catch (InvalidOperationException exception)
                {
                    errors.Add(exception.Message);
                }
            }
        }

        var filters = new FilterInputTypeFactory(generated);
        var sorts = new SortInputTypeFactory(generated);
        foreach (var (field, model) in completed)
        {
            if (model.Options.Filtering)
            {
                field.AddArgument(new Argument("where", filters.For(model.NodeType))
                {
                    Description = "Only the items matching these conditions.",
                    Directives = [CostDirectives.CostNode(FilterSortWeight)],
                });
            }

            if (model.Options.Sorting)
            {
                field.AddArgument(new Argument("order", new ListType(new NonNullType(sorts.For(model.NodeType))))
                {
                    Description = "Sort keys, most significant first; items equal on every key keep a stable order by their unique key.",
                    Directives = [CostDirectives.CostNode(FilterSortWeight)],
                });
            }
        }

        ThrowIfAny(errors);
        var result = new Schema(new SchemaConfig
        {
            Description = schema.Description,
            Query = schema.QueryType,
            Mutation = schema.MutationType,
            Subscription = schema.SubscriptionType,
            Types = schema.Types.Where(t => !t.IsIntrospectionType()).Concat(generated.All).ToList(),
            Directives = CostDirectives.IsUsedBy(schema.Types) && schema.GetDirective(CostDirectives.CostName) is null
                ? schema.Directives.Concat(CostDirectives.All).ToList()
                : schema.Directives,
        });
        ThrowIfAny(result.ValidationErrors.Select(e => e.Message).ToList());
        return result;
    }

    private static (OutputField, DataFieldModel) Replace(ObjectType owner, OutputField field, DataFieldOptions options, string coordinate, ConnectionTypeFactory connections)
    {
        if (field.Type.NamedType() is not ObjectType { RuntimeType: not null } node || !IsList(field.Type))
        {
            throw new InvalidOperationException($"{coordinate}: data middleware needs a list of an object type with a CLR runtime type; the field returns {field.Type}.");
        }

        var paging = options.Paging ?? options.OffsetPaging;
        if (options.Paging is not null && EntityModel.FindKey(node.RuntimeType, options.Paging.KeyMember) is null)
        {
            throw new InvalidOperationException(
                $"{coordinate}: cursor paging needs a unique key on {node.RuntimeType.Name} ([Key], Id, {node.RuntimeType.Name}Id or PagingOptions.KeyMember).");
        }

        var pageType = options.Paging is not null ? connections.Connection(node, options.Paging, coordinate)
            : options.OffsetPaging is not null ? connections.Segment(node, options.OffsetPaging, coordinate)
            : null;
        var replaced = new OutputField(field.Name, pageType ?? field.Type, field.Resolver)
        {
            Description = field.Description,
            DeprecationReason = field.DeprecationReason,
            Directives = paging is null ? field.Directives : [.. field.Directives, .. PageCost(options)],
            AstNode = field.AstNode,
        };
        foreach (var argument in field.Arguments)
        {
            replaced.AddArgument(argument);
        }

        foreach (var (key, value) in field.ContextData)
        {
            replaced.ContextData[key] = value;
        }

        if (options.Paging is { } cursor)
        {
            replaced.AddArgument(new Argument("first", SpecifiedScalars.Int) { Description = "Returns the first n items of the list (at most " + cursor.MaxPageSize + ")." });
            replaced.AddArgument(new Argument("after", SpecifiedScalars.String) { Description = "Returns the items after this cursor." });
            if (cursor.AllowBackwardPagination)
            {
                replaced.AddArgument(new Argument("last", SpecifiedScalars.Int) { Description = "Returns the last n items of the list (at most " + cursor.MaxPageSize + ")." });
                replaced.AddArgument(new Argument("before", SpecifiedScalars.String) { Description = "Returns the items before this cursor." });
            }
        }
        else if (paging is not null)
        {
            replaced.AddArgument(new Argument("skip", SpecifiedScalars.Int) { Description = "Skips this many items." });
            replaced.AddArgument(new Argument("take", SpecifiedScalars.Int) { Description = "Returns this many items (at most " + paging.MaxPageSize + ")." });
        }

        var model = new DataFieldModel { Options = options, NodeType = node, Coordinate = coordinate, PageType = pageType };
        replaced.ContextData[DataFieldModel.Key] = model;
        owner.Fields.Set(replaced);
        return (replaced, model);
    }

    private static bool IsList(IType type) => type.NullableType() is ListType;

    /// <summary>
    /// The cost of a paged field (IBM Cost Directive specification, with Hot Chocolate's defaults): one query, weight
    /// 10; a page as large as <c>first</c>/<c>last</c> (<c>take</c>), or the default page size when neither is given,
    /// sizing the connection's <c>edges</c> and <c>nodes</c> (a segment's <c>items</c>).
    /// </summary>
    private static IEnumerable<DirectiveNode> PageCost(DataFieldOptions options)
    {
        yield return CostDirectives.CostNode(PagedFieldWeight);
        yield return options.Paging is { } cursor
            ? CostDirectives.ListSizeNode(cursor.DefaultPageSize, ["first", "last"], ["edges", "nodes"], requireOneSlicingArgument: false)
            : CostDirectives.ListSizeNode(options.OffsetPaging!.DefaultPageSize, ["take"], ["items"], requireOneSlicingArgument: false);
    }

    private static void ThrowIfAny(List<string> errors)
    {
        if (errors.Count > 0)
        {
            throw new SchemaBuildException(errors);
        }
    }
}
