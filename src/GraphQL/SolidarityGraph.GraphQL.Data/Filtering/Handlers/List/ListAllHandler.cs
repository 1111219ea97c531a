using System.Linq.Expressions;

namespace SolidarityGraph.GraphQL.Data.Filtering.Handlers.List;

/// <summary><c>all</c>: every item matches (true for an empty list).</summary>
internal sealed class ListAllHandler : IListFilterHandler
{
    public string Name => "all";

    public Expression Build(Expression list, LambdaExpression? item, object? value) => ListMethods.All(list, item!);
}
