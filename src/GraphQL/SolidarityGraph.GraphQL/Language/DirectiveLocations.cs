namespace SolidarityGraph.GraphQL.Language;

/// <summary>
/// The directive location names the parser accepts (spec §3.13 <c>ExecutableDirectiveLocation</c> and
/// <c>TypeSystemDirectiveLocation</c>, plus graphql-js 17.1.0's <c>FRAGMENT_VARIABLE_DEFINITION</c> and
/// <c>DIRECTIVE_DEFINITION</c>).
/// </summary>
public static class DirectiveLocations
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "FRAGMENT_VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION",
        "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
        "DIRECTIVE_DEFINITION",
    };

    /// <summary>Whether <paramref name="name"/> is a directive location the parser accepts.</summary>
    public static bool IsKnown(string name) => Known.Contains(name);
}
