using static SolidarityGraph.GraphQL.Execution.Tests.Execution.ExecutionHarness;

namespace SolidarityGraph.GraphQL.Execution.Tests.Execution;

/// <summary>
/// Spec §4 Introspection as a request meets it: what the meta-fields and the <c>__</c> types' resolvers return when
/// executed (the types themselves are tested beside them, in SolidarityGraph.GraphQL.Tests/Introspection).
/// </summary>
public sealed class IntrospectionExecutionTests
{
    private const string Sdl = """
        "Described"
        enum Color { RED GREEN @deprecated(reason: "old") }
        input Filter { color: Color = GREEN, tags: [String!] = ["a", "b"], nested: Inner = {tags: []}, old: Int @deprecated }
        input Inner { tags: [String] }
        input Pick @oneOf { a: Int b: String }
        union Any = Query
        type Query { colors(filter: Filter, pick: Pick): [Color!]! any: Any old: Int @deprecated(reason: "gone") }
        """;

    [Fact]
    public async Task DefaultValuesArePrintedAsGraphQLLiterals()
    {
        var json = await JsonAsync(Sdl, "{ __type(name: \"Filter\") { inputFields { name defaultValue } } }");
        Assert.Equal(
            "{\"data\":{\"__type\":{\"inputFields\":[{\"name\":\"color\",\"defaultValue\":\"GREEN\"},{\"name\":\"tags\",\"defaultValue\":\"[\\\"a\\\", \\\"b\\\"]\"},{\"name\":\"nested\",\"defaultValue\":\"{ tags: [] }\"}]}}}",
            json);
    }

    [Fact]
    public async Task DeprecatedMembersAppearOnlyWhenAskedFor()
    {
        var json = await JsonAsync(Sdl, """
            { t: __type(name: "Query") { fields { name } all: fields(includeDeprecated: true) { name isDeprecated deprecationReason } }
              c: __type(name: "Color") { enumValues { name } all: enumValues(includeDeprecated: true) { name } } }
            """);
        Assert.Equal(
            "{\"data\":{\"t\":{\"fields\":[{\"name\":\"colors\"},{\"name\":\"any\"}],\"all\":[{\"name\":\"colors\",\"isDeprecated\":false,\"deprecationReason\":null},{\"name\":\"any\",\"isDeprecated\":false,\"deprecationReason\":null},{\"name\":\"old\",\"isDeprecated\":true,\"deprecationReason\":\"gone\"}]},\"c\":{\"enumValues\":[{\"name\":\"RED\"}],\"all\":[{\"name\":\"RED\"},{\"name\":\"GREEN\"}]}}}",
            json);
    }

    [Fact]
    public async Task KindsWrappersAndOneOfAreReported()
    {
        var json = await JsonAsync(Sdl, """
            { q: __type(name: "Query") { kind fields { type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } }
              p: __type(name: "Pick") { kind isOneOf } f: __type(name: "Filter") { isOneOf } c: __type(name: "Color") { kind description isOneOf } }
            """);
        Assert.Equal(
            "{\"data\":{\"q\":{\"kind\":\"OBJECT\",\"fields\":[{\"type\":{\"kind\":\"NON_NULL\",\"name\":null,\"ofType\":{\"kind\":\"LIST\",\"name\":null,\"ofType\":{\"kind\":\"NON_NULL\",\"name\":null,\"ofType\":{\"kind\":\"ENUM\",\"name\":\"Color\"}}}}},{\"type\":{\"kind\":\"UNION\",\"name\":\"Any\",\"ofType\":null}}]},\"p\":{\"kind\":\"INPUT_OBJECT\",\"isOneOf\":true},\"f\":{\"isOneOf\":false},\"c\":{\"kind\":\"ENUM\",\"description\":\"Described\",\"isOneOf\":null}}}",
            json);
    }

    [Fact]
    public async Task TypenameNamesTheRuntimeObjectType()
    {
        var json = await JsonAsync(Sdl, "{ __typename any { __typename } }", Map(("any", Map(("__typename", "Query")))));
        Assert.Equal("{\"data\":{\"__typename\":\"Query\",\"any\":{\"__typename\":\"Query\"}}}", json);
    }

    [Fact]
    public async Task TheSchemaDescribesItsRootsAndDirectives()
    {
        var json = await JsonAsync(Sdl, "{ __schema { queryType { name } mutationType { name } directives { name isRepeatable locations } } }");
        Assert.Equal(
            "{\"data\":{\"__schema\":{\"queryType\":{\"name\":\"Query\"},\"mutationType\":null,\"directives\":[{\"name\":\"include\",\"isRepeatable\":false,\"locations\":[\"FIELD\",\"FRAGMENT_SPREAD\",\"INLINE_FRAGMENT\"]},{\"name\":\"skip\",\"isRepeatable\":false,\"locations\":[\"FIELD\",\"FRAGMENT_SPREAD\",\"INLINE_FRAGMENT\"]},{\"name\":\"deprecated\",\"isRepeatable\":false,\"locations\":[\"FIELD_DEFINITION\",\"ARGUMENT_DEFINITION\",\"INPUT_FIELD_DEFINITION\",\"ENUM_VALUE\",\"DIRECTIVE_DEFINITION\"]},{\"name\":\"specifiedBy\",\"isRepeatable\":false,\"locations\":[\"SCALAR\"]},{\"name\":\"oneOf\",\"isRepeatable\":false,\"locations\":[\"INPUT_OBJECT\"]}]}}}",
            json);
    }
}
