using System.Linq.Expressions;
using SolidarityGraph.GraphQL.Data.Building;
using SolidarityGraph.GraphQL.Data.Paging;

namespace SolidarityGraph.GraphQL.Data.Projections;

/// <summary>
/// Applies a <see cref="ListPlan"/> to a sequence expression: <c>Where</c> (filter) → <c>Where</c> (keyset bounds) →
/// <c>OrderBy/ThenBy</c> → <c>Skip</c> → <c>Take(n + 1)</c>; the extra row tells whether another page exists. The same
/// code builds <see cref="Queryable"/> calls for a root query and <see cref="Enumerable"/> calls inside a projection.
/// </summary>
internal static class ListExpressions
{
    public static Expression Apply(Expression source, ListPlan plan, bool queryable)
    {
        var type = plan.Model.ClrType;
        var result = source;
        if (plan.Filter is { } filter)
        {
            result = Call(queryable, nameof(Enumerable.Where), new[] { type }, result, filter);
        }

        var parameter = Expression.Parameter(type, "x");
        if (plan.After is { } after)
        {
            result = Call(queryable, nameof(Enumerable.Where), new[] { type }, result, KeysetPredicate.Build(plan.Order, after, after: true, parameter));
        }

        if (plan.Before is { } before)
        {
            result = Call(queryable, nameof(Enumerable.Where), new[] { type }, result, KeysetPredicate.Build(plan.Order, before, after: false, parameter));
        }

        var backward = plan.Paging?.Backward == true;
        for (var i = 0; i < plan.Order.Count; i++)
        {
            var key = backward ? plan.Order[i].Reversed() : plan.Order[i];
            var method = (i == 0 ? "OrderBy" : "ThenBy") + (key.Descending ? "Descending" : "");
            result = Call(queryable, method, new[] { type, key.Type }, result, key.Key);
        }

        if (plan.Paging is { } paging)
        {
            if (paging.Skip > 0)
            {
                result = Call(queryable, nameof(Enumerable.Skip), new[] { type }, result, Expression.Constant(paging.Skip));
            }

            result = Call(queryable, nameof(Enumerable.Take), new[] { type }, result, Expression.Constant(paging.Size + 1));
        }

        return result;
    }

    /// <summary>The filtered count (for <c>totalCount</c>).</summary>
    public static Expression Count(Expression source, ListPlan plan, bool queryable)
    {
        var filtered = plan.Filter is { } filter
            ? Call(queryable, nameof(Enumerable.Where), new[] { plan.Model.ClrType }, source, filter)
            : source;
        return Call(queryable, nameof(Enumerable.Count), new[] { plan.Model.ClrType }, filtered);
    }

    public static Expression Select(Expression source, Type element, LambdaExpression selector, bool queryable) =>
        Call(queryable, nameof(Enumerable.Select), new[] { element, selector.ReturnType }, source, selector);

    public static Expression Call(bool queryable, string method, Type[] typeArguments, Expression source, params Expression[] arguments)
    {
        var all = new Expression[arguments.Length + 1];
        all[0] = source;
        for (var i = 0; i < arguments.Length; i++)
        {
            all[i + 1] = queryable && arguments[i] is LambdaExpression lambda ? Expression.Quote(lambda) : arguments[i];
        }

        if (typeArguments.Length is 0 or > 2)
        {
            return Expression.Call(queryable ? typeof(Queryable) : typeof(Enumerable), method, typeArguments, all);
        }

        // Finding a method by name searches every overload of Queryable/Enumerable; plans are built on every request.
        var key = (queryable, method, all.Length, typeArguments[0], typeArguments.Length > 1 ? typeArguments[1] : null);
        if (!Methods.TryGetValue(key, out var resolved))
        {
            resolved = Expression.Call(queryable ? typeof(Queryable) : typeof(Enumerable), method, typeArguments, all).Method;
            Methods.TryAdd(key, resolved);
        }

        return Expression.Call(resolved, all);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(bool, string, int, Type, Type?), System.Reflection.MethodInfo> Methods = new();
}
