namespace SolidarityGraph.GraphQL.Types.Directives;

/// <summary>
/// Where a directive may be applied (spec §3.13 <c>DirectiveLocations</c>), in the spec's order, plus graphql-js
/// 17.1.0's <c>FRAGMENT_VARIABLE_DEFINITION</c> and <c>DIRECTIVE_DEFINITION</c>.
/// </summary>
public enum DirectiveLocation
{
    /// <summary><c>QUERY</c>.</summary>
    Query,

    /// <summary><c>MUTATION</c>.</summary>
    Mutation,

    /// <summary><c>SUBSCRIPTION</c>.</summary>
    Subscription,

    /// <summary><c>FIELD</c>.</summary>
    Field,

    /// <summary><c>FRAGMENT_DEFINITION</c>.</summary>
    FragmentDefinition,

    /// <summary><c>FRAGMENT_SPREAD</c>.</summary>
    FragmentSpread,

    /// <summary><c>INLINE_FRAGMENT</c>.</summary>
    InlineFragment,

    /// <summary><c>VARIABLE_DEFINITION</c>.</summary>
    VariableDefinition,

    /// <summary><c>FRAGMENT_VARIABLE_DEFINITION</c> (graphql-js fragment arguments; not in the spec).</summary>
    FragmentVariableDefinition,

    /// <summary><c>SCHEMA</c>.</summary>
    Schema,

    /// <summary><c>SCALAR</c>.</summary>
    Scalar,

    /// <summary><c>OBJECT</c>.</summary>
    Object,

    /// <summary><c>FIELD_DEFINITION</c>.</summary>
    FieldDefinition,

    /// <summary><c>ARGUMENT_DEFINITION</c>.</summary>
    ArgumentDefinition,

    /// <summary><c>INTERFACE</c>.</summary>
    Interface,

    /// <summary><c>UNION</c>.</summary>
    Union,

    /// <summary><c>ENUM</c>.</summary>
    Enum,

    /// <summary><c>ENUM_VALUE</c>.</summary>
    EnumValue,

    /// <summary><c>INPUT_OBJECT</c>.</summary>
    InputObject,

    /// <summary><c>INPUT_FIELD_DEFINITION</c>.</summary>
    InputFieldDefinition,

    /// <summary><c>DIRECTIVE_DEFINITION</c> (graphql-js 17; not in the spec).</summary>
    DirectiveDefinition,
}

/// <summary>Converts <see cref="DirectiveLocation"/> to and from its SDL name (<c>FIELD_DEFINITION</c> …).</summary>
public static class DirectiveLocationNames
{
    private static readonly string[] Names =
    {
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "FRAGMENT_VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION",
        "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
        "DIRECTIVE_DEFINITION",
    };

    private static readonly Dictionary<string, DirectiveLocation> ByName =
        Names.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => (DirectiveLocation)p.i, StringComparer.Ordinal);

    /// <summary>The SDL name, e.g. <c>FIELD_DEFINITION</c>.</summary>
    public static string ToName(this DirectiveLocation location) => Names[(int)location];

    /// <summary>Parses an SDL location name.</summary>
    public static bool TryParse(string name, out DirectiveLocation location) => ByName.TryGetValue(name, out location);

    /// <summary>Whether the location is in an executable document (spec <c>ExecutableDirectiveLocation</c>).</summary>
    public static bool IsExecutable(this DirectiveLocation location) =>
        location <= DirectiveLocation.FragmentVariableDefinition;
}
