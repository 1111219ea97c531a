namespace SolidarityGraph.GraphQL.Types.Scalars;

/// <summary>The five scalars every schema has (spec §3.5.1–§3.5.5), in graphql-js's order.</summary>
public static class SpecifiedScalars
{
    /// <summary><c>String</c> (§3.5.3): text, serialized as a JSON string.</summary>
    public static readonly StringType String = new();

    /// <summary><c>Int</c> (§3.5.1): a signed 32-bit integer.</summary>
    public static readonly IntType Int = new();

    /// <summary><c>Float</c> (§3.5.2): a finite double-precision number.</summary>
    public static readonly FloatType Float = new();

    /// <summary><c>Boolean</c> (§3.5.4): <c>true</c> or <c>false</c>.</summary>
    public static readonly BooleanType Boolean = new();

    /// <summary><c>ID</c> (§3.5.5): an opaque identifier, serialized as a string and accepting integer input.</summary>
    public static readonly IdType ID = new();

    /// <summary>All five: String, Int, Float, Boolean, ID.</summary>
    public static IReadOnlyList<ScalarType> All { get; } = new ScalarType[] { String, Int, Float, Boolean, ID };

    /// <summary>Whether <paramref name="type"/> is named like a specified scalar (as graphql-js decides).</summary>
    public static bool IsSpecified(INamedType type) => type.Name is "String" or "Int" or "Float" or "Boolean" or "ID";

    /// <summary>The specified scalar named <paramref name="name"/>, or <see langword="null"/>.</summary>
    public static ScalarType? Find(string name) => name switch
    {
        "String" => String,
        "Int" => Int,
        "Float" => Float,
        "Boolean" => Boolean,
        "ID" => ID,
        _ => null,
    };
}
