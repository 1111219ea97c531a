using SolidarityGraph.GraphQL.Data.Filtering.Handlers.Comparable;
using SolidarityGraph.GraphQL.Data.Filtering.Handlers.Equality;
using SolidarityGraph.GraphQL.Data.Filtering.Handlers.List;
using SolidarityGraph.GraphQL.Data.Filtering.Handlers.String;

namespace SolidarityGraph.GraphQL.Data.Filtering;

/// <summary>Every operation handler, in the order their fields appear in the generated inputs (Hot Chocolate's order).</summary>
internal static class FilterHandlers
{
    public static IReadOnlyList<IFilterOperationHandler> Operations { get; } = new IFilterOperationHandler[]
    {
        new EqualsHandler(),
        new NotEqualsHandler(),
        new StringContainsHandler(),
        new StringNotContainsHandler(),
        new InHandler(),
        new NotInHandler(),
        new StringStartsWithHandler(),
        new StringNotStartsWithHandler(),
        new StringEndsWithHandler(),
        new StringNotEndsWithHandler(),
        new GreaterThanHandler(),
        new NotGreaterThanHandler(),
        new GreaterThanOrEqualsHandler(),
        new NotGreaterThanOrEqualsHandler(),
        new LowerThanHandler(),
        new NotLowerThanHandler(),
        new LowerThanOrEqualsHandler(),
        new NotLowerThanOrEqualsHandler(),
    };

    public static IReadOnlyList<IListFilterHandler> Lists { get; } = new IListFilterHandler[]
    {
        new ListAllHandler(),
        new ListNoneHandler(),
        new ListSomeHandler(),
        new ListAnyHandler(),
    };

    public static IFilterOperationHandler? FindOperation(string name) => Operations.FirstOrDefault(h => h.Name == name);

    public static IListFilterHandler? FindList(string name) => Lists.FirstOrDefault(h => h.Name == name);
}
