namespace SolidarityGraph.GraphQL.Data.Filtering;

/// <summary>Which operations a leaf member offers (PARITY.md §3: string, comparable, boolean/enum).</summary>
internal enum FilterKind
{
    /// <summary><c>eq neq contains ncontains in nin startsWith nstartsWith endsWith nendsWith</c>.</summary>
    String,

    /// <summary><c>eq neq in nin gt ngt gte ngte lt nlt lte nlte</c>.</summary>
    Comparable,

    /// <summary><c>eq neq in nin</c> (enums, and scalars without an ordering such as <see cref="Guid"/>).</summary>
    Equatable,

    /// <summary><c>eq neq</c>.</summary>
    Boolean,
}

internal static class FilterKinds
{
    public static FilterKind Of(Type clrType)
    {
        var type = Nullable.GetUnderlyingType(clrType) ?? clrType;
        if (type == typeof(string))
        {
            return FilterKind.String;
        }

        if (type == typeof(bool))
        {
            return FilterKind.Boolean;
        }

        if (type.IsEnum)
        {
            return FilterKind.Equatable;
        }

        var ordered = type.IsPrimitive || type == typeof(decimal) || type.GetMethod("op_GreaterThan", new[] { type, type }) is not null;
        return ordered ? FilterKind.Comparable : FilterKind.Equatable;
    }
}
