using System.Linq.Expressions;
using SolidarityGraph.GraphQL.Data.Building;
using SolidarityGraph.GraphQL.Data.Sorting;

namespace SolidarityGraph.GraphQL.Data.Paging;

/// <summary>
/// The keyset ("seek") condition for rows after or before a cursor under a multi-key order:
/// <c>(k1 &gt; v1) OR (k1 = v1 AND k2 &gt; v2) OR …</c>, with each comparison flipped for descending keys. Nulls sort
/// first ascending and last descending, as in SQLite and LINQ to Objects, and are handled explicitly, so the
/// condition is exact for nullable keys too.
/// </summary>
internal static class KeysetPredicate
{
    public static LambdaExpression Build(IReadOnlyList<SortKey> keys, object?[] values, bool after, ParameterExpression parameter)
    {
        Expression? result = null;
        for (var i = keys.Count - 1; i >= 0; i--)
        {
            var key = Read(keys[i], parameter);
            var beyond = Beyond(key, values[i], greater: after != keys[i].Descending);
            // Built from the last key backwards: beyond_i OR (equal_i AND rest).
            result = result is null ? beyond : Or(beyond, And(Equal(key, values[i]), result));
        }

        return Expression.Lambda(result ?? Expression.Constant(true), parameter);
    }

    private static Expression Read(SortKey key, ParameterExpression parameter) =>
        new ParameterReplacer(key.Key.Parameters[0], parameter).Visit(key.Key.Body);

    private static Expression Beyond(Expression key, object? value, bool greater)
    {
        var nullable = !key.Type.IsValueType || Nullable.GetUnderlyingType(key.Type) is not null;
        var isNull = nullable ? Expression.Equal(key, Expression.Constant(null, key.Type)) : null;
        if (value is null)
        {
            // Nothing sorts below null; everything non-null sorts above it.
            return greater && isNull is not null ? Expression.Not(isNull) : Expression.Constant(false);
        }

        var compare = Compare(key, value, greater);
        if (isNull is null)
        {
            return compare;
        }

        return greater ? Expression.AndAlso(Expression.Not(isNull), compare) : Expression.OrElse(isNull, compare);
    }

    private static Expression Compare(Expression key, object value, bool greater)
    {
        var type = Nullable.GetUnderlyingType(key.Type) ?? key.Type;
        var operand = ValueConversion.Parameter(value, key.Type);
        if (type == typeof(string))
        {
            var compare = Expression.Call(typeof(string).GetMethod(nameof(string.Compare), new[] { typeof(string), typeof(string) })!, key, operand);
            return greater ? Expression.GreaterThan(compare, Expression.Constant(0)) : Expression.LessThan(compare, Expression.Constant(0));
        }

        if (type == typeof(bool))
        {
            // false < true: beyond a value means the other value, when there is one in that direction.
            var wanted = greater ? !(bool)value : (bool)value;
            return wanted ? Expression.Equal(key, Expression.Constant(greater, key.Type)) : Expression.Constant(false);
        }

        if (type.IsEnum)
        {
            var underlying = Enum.GetUnderlyingType(type);
            var target = key.Type == type ? underlying : typeof(Nullable<>).MakeGenericType(underlying);
            key = Expression.Convert(key, target);
            operand = Expression.Convert(operand, target);
        }

        return greater ? Expression.GreaterThan(key, operand) : Expression.LessThan(key, operand);
    }

    private static Expression Equal(Expression key, object? value) =>
        value is null ? Expression.Equal(key, Expression.Constant(null, key.Type)) : Expression.Equal(key, ValueConversion.Parameter(value, key.Type));

    private static Expression And(Expression left, Expression right) => Expression.AndAlso(left, right);

    private static Expression Or(Expression left, Expression right) => Expression.OrElse(left, right);
}

/// <summary>Replaces one parameter with another expression.</summary>
internal sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
{
    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
}
