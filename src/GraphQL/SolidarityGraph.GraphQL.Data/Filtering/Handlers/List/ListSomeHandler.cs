using System.Linq.Expressions;

namespace SolidarityGraph.GraphQL.Data.Filtering.Handlers.List;

/// <summary><c>some</c>: at least one item matches.</summary>
internal sealed class ListSomeHandler : IListFilterHandler
{
    public string Name => "some";

    public Expression Build(Expression list, LambdaExpression? item, object? value) => ListMethods.Any(list, item);
}
