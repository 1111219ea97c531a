using SolidarityGraph.GraphQL.Data.Filtering;
using SolidarityGraph.GraphQL.Data.Paging;
using SolidarityGraph.GraphQL.Data.Projections;
using SolidarityGraph.GraphQL.Data.Sorting;
using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Data.Building;

/// <summary>Builds the <see cref="ListPlan"/> of a data field from its coerced arguments and its selection set.</summary>
internal static class ListPlanBuilder
{
    public static ListPlan Build(PlanContext context, DataFieldModel field, IReadOnlyDictionary<string, object?> arguments, IReadOnlyList<FieldNode> nodes)
    {
        var options = field.Options;
        var model = EntityModel.For(field.NodeType);
        var filter = options.Filtering && arguments.TryGetValue("where", out var where)
            ? new FilterExpressionBuilder(context.Access).Build(field.NodeType, where)
            : null;

        PagingArguments? paging = null;
        if (field.IsCursor)
        {
            paging = PagingArguments.ForCursor(arguments, field.Paging!, field.Coordinate);
        }
        else if (field.IsOffset)
        {
            paging = PagingArguments.ForOffset(arguments, field.Paging!, field.Coordinate);
        }

        var key = model.FindKey(field.Paging?.KeyMember);
        var order = Array.Empty<SortKey>() as IReadOnlyList<SortKey>;
        var orderValue = options.Sorting && arguments.TryGetValue("order", out var o) ? o : null;
        if (key is not null && (paging is not null || orderValue is not null))
        {
            order = new SortExpressionBuilder(context.Access).Build(field.NodeType, orderValue, key);
        }

        var signature = Cursor.Signature(order);
        var (nodeSelections, countSelected) = NodeSelections(context, field, nodes);
        var projection = options.Projection
            ? ProjectionPlanner.Build(context, field.NodeType, nodeSelections)
            : ProjectionPlanner.Whole(model);
        return new ListPlan
        {
            Field = field,
            Model = model,
            Filter = filter,
            Order = order,
            Paging = paging,
            Signature = signature,
            After = paging?.After is { } after ? Cursor.Decode(after, order, signature) : null,
            Before = paging?.Before is { } before ? Cursor.Decode(before, order, signature) : null,
            CountNeeded = countSelected,
            Projection = projection,
        };
    }

    /// <summary>The field nodes whose selection sets apply to the node type (<c>edges.node</c>, <c>nodes</c>, <c>items</c>) and whether <c>totalCount</c> is selected.</summary>
    private static (IReadOnlyList<FieldNode> Nodes, bool Count) NodeSelections(PlanContext context, DataFieldModel field, IReadOnlyList<FieldNode> nodes)
    {
        if (field.PageType is not { } pageType)
        {
            return (nodes, false);
        }

        var result = new List<FieldNode>();
        var count = false;
        foreach (var selected in context.Selections.Collect(pageType, nodes))
        {
            switch (selected.Field.Name)
            {
                case "nodes" or "items":
                    result.AddRange(selected.Nodes);
                    break;
                case "edges":
                    var edgeType = (Types.ObjectType)Types.TypeExtensions.NamedType(selected.Field.Type);
                    result.AddRange(context.Selections.Collect(edgeType, selected.Nodes).Where(s => s.Field.Name == "node").SelectMany(s => s.Nodes));
                    break;
                case "totalCount":
                    count = true;
                    break;
            }
        }

        return (result, count);
    }
}
