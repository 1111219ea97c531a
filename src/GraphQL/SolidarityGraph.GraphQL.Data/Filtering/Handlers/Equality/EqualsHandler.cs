using System.Linq.Expressions;

namespace SolidarityGraph.GraphQL.Data.Filtering.Handlers.Equality;

/// <summary><c>eq</c>: equal to the value; <c>eq: null</c> matches nulls.</summary>
internal sealed class EqualsHandler : IFilterOperationHandler
{
    public string Name => "eq";

    public bool Supports(FilterKind kind) => true;

    public Expression Build(Expression member, object? value) =>
        Expression.Equal(member, FilterOperands.Value(member, value, Name));
}
