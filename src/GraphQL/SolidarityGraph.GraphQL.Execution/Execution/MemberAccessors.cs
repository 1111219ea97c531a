using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>
/// Compiled getters for public instance properties and fields, built once per (CLR type, GraphQL field name) so the
/// default resolver does no reflection per call.
/// </summary>
internal static class MemberAccessors
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>?> Cache = new();

    /// <summary>The getter of member <paramref name="name"/> on <paramref name="type"/>, or <see langword="null"/>.</summary>
    public static Func<object, object?>? Get(Type type, string name) =>
        Cache.GetOrAdd((type, name), static key => Build(key.Type, key.Name));

    private static Func<object, object?>? Build(Type type, string name)
    {
        var member = FindMember(type, name, StringComparison.Ordinal) ?? FindMember(type, name, StringComparison.OrdinalIgnoreCase);
        if (member is null)
        {
            return null;
        }

        var parameter = Expression.Parameter(typeof(object), "parent");
        var typed = Expression.Convert(parameter, type);
        Expression access = member is PropertyInfo property
            ? Expression.Property(typed, property)
            : Expression.Field(typed, (FieldInfo)member);
        Expression boxed = access.Type == typeof(int) ? Expression.Call(typeof(BoxedValues), nameof(BoxedValues.Int), null, access)
            : access.Type == typeof(bool) ? Expression.Call(typeof(BoxedValues), nameof(BoxedValues.Bool), null, access)
            : Expression.Convert(access, typeof(object));
        return Expression.Lambda<Func<object, object?>>(boxed, parameter).Compile();
    }

    private static MemberInfo? FindMember(Type type, string name, StringComparison comparison)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.GetMethod is not null && string.Equals(property.Name, name, comparison))
            {
                return property;
            }
        }

        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
        {
            if (string.Equals(field.Name, name, comparison))
            {
                return field;
            }
        }

        return null;
    }
}
