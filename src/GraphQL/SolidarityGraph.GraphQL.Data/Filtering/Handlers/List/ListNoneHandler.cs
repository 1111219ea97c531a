using System.Linq.Expressions;

namespace SolidarityGraph.GraphQL.Data.Filtering.Handlers.List;

/// <summary><c>none</c>: no item matches.</summary>
internal sealed class ListNoneHandler : IListFilterHandler
{
    public string Name => "none";

    public Expression Build(Expression list, LambdaExpression? item, object? value) => Expression.Not(ListMethods.Any(list, item));
}
