using System.Linq.Expressions;
using System.Reflection;
using SolidarityGraph.GraphQL.Data.Building;
using SolidarityGraph.GraphQL.Data.Filtering;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Data.Sorting;

/// <summary>
/// Turns a coerced <c>order</c> value into sort keys: list items in order, fields of one item in order, nested objects
/// as member paths. The entity key is appended as the final tiebreaker so the order is total, which keyset cursors need.
/// </summary>
internal sealed class SortExpressionBuilder(FieldAccess access)
{
    public IReadOnlyList<SortKey> Build(ObjectType type, object? order, MemberInfo key)
    {
        var model = EntityModel.For(type);
        var parameter = Expression.Parameter(model.ClrType, "x");
        var keys = new List<SortKey>();
        if (order is System.Collections.IEnumerable items && order is not string)
        {
            foreach (var item in items)
            {
                if (item is not null)
                {
                    Add(model, parameter, parameter, "", item, keys);
                }
            }
        }
        else if (order is not null)
        {
            Add(model, parameter, parameter, "", order, keys);
        }

        var keyPath = KeyPath(model, key);
        if (!keys.Any(k => k.Path == keyPath))
        {
            keys.Add(new SortKey(keyPath, Expression.Lambda(Expression.MakeMemberAccess(parameter, key), parameter), false));
        }

        return keys;
    }

    private void Add(EntityModel model, ParameterExpression root, Expression instance, string prefix, object item, List<SortKey> keys)
    {
        foreach (var (name, value) in FilterExpressionBuilder.Entries(item))
        {
            if (value is null)
            {
                continue;
            }

            var member = model.Members[name];
            access.Demand(member, "sort");
            var path = prefix + member.Name;
            var read = NullSafe(instance, access.Read(member, instance));
            if (value is SortDirection direction)
            {
                keys.Add(new SortKey(path, Expression.Lambda(read, root), direction == SortDirection.Descending));
            }
            else
            {
                Add(EntityModel.For(member.Target!), root, read, path + ".", value, keys);
            }
        }
    }

    /// <summary><paramref name="read"/> (of <c>instance.Member</c>), or null when <paramref name="instance"/> is a navigation that may be null.</summary>
    private static Expression NullSafe(Expression instance, Expression read)
    {
        if (instance is ParameterExpression || instance.Type.IsValueType)
        {
            return read;
        }

        var type = read.Type.IsValueType && Nullable.GetUnderlyingType(read.Type) is null
            ? typeof(Nullable<>).MakeGenericType(read.Type)
            : read.Type;
        return Expression.Condition(
            Expression.Equal(instance, Expression.Constant(null, instance.Type)),
            Expression.Constant(null, type),
            Expression.Convert(read, type));
    }

    private static string KeyPath(EntityModel model, MemberInfo key) =>
        model.Members.Values.FirstOrDefault(m => m.Member == key)?.Name ?? char.ToLowerInvariant(key.Name[0]) + key.Name[1..];
}
