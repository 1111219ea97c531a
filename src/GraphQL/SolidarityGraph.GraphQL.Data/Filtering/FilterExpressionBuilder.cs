using System.Linq.Expressions;
using SolidarityGraph.GraphQL.Data.Building;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Data.Filtering;

/// <summary>
/// Turns a coerced <c>where</c> value into a predicate expression over the entity: fields of one input are combined
/// with AND, <c>and</c>/<c>or</c> lists as named, nested objects through their member, collections through
/// <c>Any</c>/<c>All</c>. The result is provider-neutral LINQ, so EF Core translates it to one <c>WHERE</c>.
/// </summary>
internal sealed class FilterExpressionBuilder(FieldAccess access)
{
    /// <summary>The predicate lambda for the entity type of <paramref name="type"/>, or null when <paramref name="where"/> is empty.</summary>
    /// <exception cref="FilterException">A value cannot be applied.</exception>
    public LambdaExpression? Build(ObjectType type, object? where)
    {
        var model = EntityModel.For(type);
        var parameter = Expression.Parameter(model.ClrType, "x");
        var body = Object(model, parameter, where);
        return body is null ? null : Expression.Lambda(body, parameter);
    }

    private Expression? Object(EntityModel model, Expression instance, object? value)
    {
        if (value is null)
        {
            return null;
        }

        Expression? result = null;
        foreach (var (name, fieldValue) in Entries(value))
        {
            var part = name switch
            {
                "and" => Combine(model, instance, fieldValue, Expression.AndAlso),
                "or" => Combine(model, instance, fieldValue, Expression.OrElse),
                _ => Member(model, instance, name, fieldValue),
            };
            result = And(result, part);
        }

        return result;
    }

    private Expression? Combine(EntityModel model, Expression instance, object? list, Func<Expression, Expression, BinaryExpression> join)
    {
        if (list is not System.Collections.IEnumerable items)
        {
            return null;
        }

        Expression? result = null;
        foreach (var item in items)
        {
            if (Object(model, instance, item) is { } part)
            {
                result = result is null ? part : join(result, part);
            }
        }

        return result;
    }

    private Expression? Member(EntityModel model, Expression instance, string name, object? value)
    {
        var member = model.Members[name];
        access.Demand(member, "filter");
        if (value is null)
        {
            return null;
        }

        var access1 = member.Kind == MemberKind.Leaf ? access.Read(member, instance) : Expression.MakeMemberAccess(instance, member.Member);
        switch (member.Kind)
        {
            case MemberKind.Leaf:
                Expression? leaf = null;
                foreach (var (operation, operand) in Entries(value))
                {
                    leaf = And(leaf, FilterHandlers.FindOperation(operation)!.Build(access1, operand));
                }

                return leaf;
            case MemberKind.Object:
                var nested = Object(EntityModel.For(member.Target!), access1, value);
                return nested is null ? null : FilterOperands.GuardNull(access1, nested);
            default:
                Expression? list = null;
                foreach (var (operation, operand) in Entries(value))
                {
                    var handler = FilterHandlers.FindList(operation)!;
                    var item = handler.TakesBoolean ? null : Build(member.Target!, operand) ?? True(member.ElementType!);
                    list = And(list, handler.Build(access1, item, operand));
                }

                return list is null ? null : FilterOperands.GuardNull(access1, list);
        }
    }

    private static LambdaExpression True(Type element) => Expression.Lambda(Expression.Constant(true), Expression.Parameter(element, "x"));

    private static Expression? And(Expression? left, Expression? right) =>
        left is null ? right : right is null ? left : Expression.AndAlso(left, right);

    internal static IEnumerable<KeyValuePair<string, object?>> Entries(object value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map,
        IDictionary<string, object?> dictionary => dictionary,
        _ => throw new FilterException("A filter must be an input object."),
    };
}
