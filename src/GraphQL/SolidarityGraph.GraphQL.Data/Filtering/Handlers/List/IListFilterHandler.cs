using System.Linq.Expressions;

namespace SolidarityGraph.GraphQL.Data.Filtering.Handlers.List;

/// <summary>An operation of <c>List{T}FilterInput</c> over a collection member.</summary>
internal interface IListFilterHandler
{
    /// <summary>The input field name: <c>some</c>, <c>all</c>, <c>none</c> or <c>any</c>.</summary>
    string Name { get; }

    /// <summary>Whether the input field is <c>Boolean</c> (<c>any</c>) rather than the item filter input.</summary>
    bool TakesBoolean => false;

    /// <summary>The predicate over <paramref name="list"/>; <paramref name="item"/> is the item predicate (null for <c>any</c>).</summary>
    Expression Build(Expression list, LambdaExpression? item, object? value);
}

/// <summary>The <see cref="Enumerable"/> methods the list handlers call, translated by EF Core to <c>EXISTS</c>.</summary>
internal static class ListMethods
{
    public static Expression Any(Expression list, LambdaExpression? predicate)
    {
        var element = EntityElement(list);
        return predicate is null
            ? Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), new[] { element }, list)
            : Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), new[] { element }, list, predicate);
    }

    public static Expression All(Expression list, LambdaExpression predicate) =>
        Expression.Call(typeof(Enumerable), nameof(Enumerable.All), new[] { EntityElement(list) }, list, predicate);

    private static Type EntityElement(Expression list) => Building.EntityModel.ElementTypeOf(list.Type)!;
}
