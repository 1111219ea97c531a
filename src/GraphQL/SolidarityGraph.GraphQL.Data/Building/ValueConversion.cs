using System.Globalization;
using System.Linq.Expressions;

namespace SolidarityGraph.GraphQL.Data.Building;

/// <summary>Converts coerced GraphQL input values to member types, and wraps them so query providers see parameters.</summary>
internal static class ValueConversion
{
    /// <summary>Converts <paramref name="value"/> (a coerced scalar or enum value) to <paramref name="target"/>.</summary>
    /// <exception cref="InvalidCastException">The value cannot be converted.</exception>
    public static object? To(object? value, Type target)
    {
        if (value is null)
        {
            return null;
        }

        var type = Nullable.GetUnderlyingType(target) ?? target;
        if (type.IsInstanceOfType(value))
        {
            return value;
        }

        return (type, value) switch
        {
            (_, string text) when type.IsEnum => Enum.Parse(type, text, ignoreCase: false),
            (_, _) when type.IsEnum => Enum.ToObject(type, value),
            (_, DateTimeOffset offset) when type == typeof(DateTime) => offset.UtcDateTime,
            (_, DateTime dateTime) when type == typeof(DateTimeOffset) => new DateTimeOffset(dateTime),
            (_, DateTime dateTime) when type == typeof(DateOnly) => DateOnly.FromDateTime(dateTime),
            (_, string text) when type == typeof(Guid) => Guid.Parse(text),
            _ => Convert.ChangeType(value, type, CultureInfo.InvariantCulture),
        };
    }

    /// <summary>
    /// The value as a member read of a captured holder, like a C# closure, so EF Core sends it as a SQL parameter and
    /// reuses the compiled query for other values (a constant would be inlined into the SQL and cached per value).
    /// </summary>
    public static Expression Parameter(object? value, Type type)
    {
        var holderType = typeof(Holder<>).MakeGenericType(type);
        var holder = Activator.CreateInstance(holderType, value)!;
        return Expression.Field(Expression.Constant(holder), holderType.GetField(nameof(Holder<int>.Value))!);
    }

    /// <summary>A captured value; its field name shows up as the SQL parameter name.</summary>
    private sealed class Holder<T>(T value)
    {
        public readonly T Value = value;
    }
}
