using System.Linq.Expressions;

namespace SolidarityGraph.GraphQL.Data.Filtering.Handlers.List;

/// <summary><c>any: true</c>: the list has items; <c>any: false</c>: it is empty.</summary>
internal sealed class ListAnyHandler : IListFilterHandler
{
    public string Name => "any";

    public bool TakesBoolean => true;

    public Expression Build(Expression list, LambdaExpression? item, object? value)
    {
        if (value is not bool wanted)
        {
            throw new FilterException("The filter operation \"any\" does not accept null.");
        }

        var any = ListMethods.Any(list, null);
        return wanted ? any : Expression.Not(any);
    }
}
