using System.Linq.Expressions;
using SolidarityGraph.GraphQL.Data.Building;

namespace SolidarityGraph.GraphQL.Data.Filtering;

/// <summary>Operands shared by the operation handlers.</summary>
internal static class FilterOperands
{
    /// <summary><paramref name="value"/> converted to the member's type, as a query parameter.</summary>
    public static Expression Value(Expression member, object? value, string operation)
    {
        try
        {
            return ValueConversion.Parameter(ValueConversion.To(value, member.Type), member.Type);
        }
        catch (Exception exception) when (exception is InvalidCastException or FormatException or OverflowException or ArgumentException)
        {
            throw new FilterException($"The value of \"{operation}\" cannot be converted to {TypeName(member.Type)}.");
        }
    }

    /// <summary>Like <see cref="Value"/> but rejects <see langword="null"/>, for operations where null has no meaning.</summary>
    public static Expression NonNullValue(Expression member, object? value, string operation) =>
        value is null ? throw new FilterException($"The filter operation \"{operation}\" does not accept null.") : Value(member, value, operation);

    /// <summary>The list value of <c>in</c>/<c>nin</c> as a typed parameter array.</summary>
    public static Expression List(Expression member, object? value, string operation)
    {
        if (value is not System.Collections.IEnumerable items || value is string)
        {
            throw new FilterException($"The filter operation \"{operation}\" needs a list and does not accept null.");
        }

        var array = Array.CreateInstance(member.Type, items.Cast<object?>().Count());
        var index = 0;
        foreach (var item in items)
        {
            try
            {
                array.SetValue(ValueConversion.To(item, member.Type), index++);
            }
            catch (Exception exception) when (exception is InvalidCastException or FormatException or OverflowException or ArgumentException)
            {
                throw new FilterException($"An item of \"{operation}\" cannot be converted to {TypeName(member.Type)}.");
            }
        }

        return ValueConversion.Parameter(array, array.GetType());
    }

    /// <summary><c>member != null</c> for reference and nullable members, else <see langword="null"/>.</summary>
    public static Expression? NotNull(Expression member) =>
        !member.Type.IsValueType || Nullable.GetUnderlyingType(member.Type) is not null
            ? Expression.NotEqual(member, Expression.Constant(null, member.Type))
            : null;

    /// <summary><paramref name="test"/> guarded by a null check, so in-memory sources behave like SQL.</summary>
    public static Expression GuardNull(Expression member, Expression test) =>
        NotNull(member) is { } check ? Expression.AndAlso(check, test) : test;

    private static string TypeName(Type type) => (Nullable.GetUnderlyingType(type) ?? type).Name;
}
