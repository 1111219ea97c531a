using System.Linq.Expressions;

namespace SolidarityGraph.GraphQL.Data.Filtering.Handlers.Comparable;

/// <summary>An ordering comparison (<c>gt</c>, <c>gte</c>, <c>lt</c>, <c>lte</c>) of a comparable member with a non-null value; null members never match.</summary>
internal sealed class ComparisonHandler(string name, ExpressionType comparison) : IFilterOperationHandler
{
    public string Name { get; } = name;

    public bool Supports(FilterKind kind) => kind == FilterKind.Comparable;

    public Expression Build(Expression member, object? value) =>
        Expression.MakeBinary(comparison, member, FilterOperands.NonNullValue(member, value, Name));
}
