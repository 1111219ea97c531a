using System.Linq.Expressions;

namespace SolidarityGraph.GraphQL.Data.Filtering.Handlers.Equality;

/// <summary><c>in</c>: equal to one of the listed values (SQL <c>IN</c>).</summary>
internal sealed class InHandler : IFilterOperationHandler
{
    public string Name => "in";

    public bool TakesList => true;

    public bool Supports(FilterKind kind) => kind != FilterKind.Boolean;

    public Expression Build(Expression member, object? value)
    {
        var list = FilterOperands.List(member, value, Name);
        var contains = typeof(Enumerable).GetMethods()
            .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2)
            .MakeGenericMethod(member.Type);
        return Expression.Call(contains, list, member);
    }
}
