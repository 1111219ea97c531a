using System.Linq.Expressions;
using SolidarityGraph.GraphQL.Data.Filtering.Handlers;
using SolidarityGraph.GraphQL.Data.Filtering.Handlers.Comparable;
using SolidarityGraph.GraphQL.Data.Filtering.Handlers.Equality;
using SolidarityGraph.GraphQL.Data.Filtering.Handlers.List;
using SolidarityGraph.GraphQL.Data.Filtering.Handlers.String;

namespace SolidarityGraph.GraphQL.Data.Filtering;

/// <summary>Every operation handler, in the order their fields appear in the generated inputs (Hot Chocolate's order).</summary>
internal static class FilterHandlers
{
    /// <summary>
    /// The operations of operation filter inputs. Each <c>n…</c> operation is the logical negation of the one before it,
    /// so rows whose member is null match it; string and ordering operations never match a null member.
    /// </summary>
    public static IReadOnlyList<IFilterOperationHandler> Operations { get; } = CreateOperations();

    public static IReadOnlyList<IListFilterHandler> Lists { get; } = new IListFilterHandler[]
    {
        new ListAllHandler(),
        new ListNoneHandler(),
        new ListSomeHandler(),
        new ListAnyHandler(),
    };

    public static IFilterOperationHandler? FindOperation(string name) => Operations.FirstOrDefault(h => h.Name == name);

    public static IListFilterHandler? FindList(string name) => Lists.FirstOrDefault(h => h.Name == name);

    private static IFilterOperationHandler[] CreateOperations()
    {
        IFilterOperationHandler equals = new EqualsHandler(); // eq: null matches nulls, neq: null non-nulls
        IFilterOperationHandler @in = new InHandler();
        // String operations call one string method, translated by EF Core to LIKE or instr (case as the database compares).
        IFilterOperationHandler contains = new StringMethodHandler("contains", nameof(string.Contains));
        IFilterOperationHandler startsWith = new StringMethodHandler("startsWith", nameof(string.StartsWith));
        IFilterOperationHandler endsWith = new StringMethodHandler("endsWith", nameof(string.EndsWith));
        IFilterOperationHandler greaterThan = new ComparisonHandler("gt", ExpressionType.GreaterThan);
        IFilterOperationHandler greaterThanOrEquals = new ComparisonHandler("gte", ExpressionType.GreaterThanOrEqual);
        IFilterOperationHandler lowerThan = new ComparisonHandler("lt", ExpressionType.LessThan);
        IFilterOperationHandler lowerThanOrEquals = new ComparisonHandler("lte", ExpressionType.LessThanOrEqual);
        return
        [
            equals, new NegatedHandler(equals, "neq"),
            contains, new NegatedHandler(contains, "ncontains"),
            @in, new NegatedHandler(@in, "nin"),
            startsWith, new NegatedHandler(startsWith, "nstartsWith"),
            endsWith, new NegatedHandler(endsWith, "nendsWith"),
            greaterThan, new NegatedHandler(greaterThan, "ngt"),
            greaterThanOrEquals, new NegatedHandler(greaterThanOrEquals, "ngte"),
            lowerThan, new NegatedHandler(lowerThan, "nlt"),
            lowerThanOrEquals, new NegatedHandler(lowerThanOrEquals, "nlte"),
        ];
    }
}
