using SolidarityGraph.GraphQL.Introspection;
using SolidarityGraph.GraphQL.Types;
using static SolidarityGraph.GraphQL.Execution.Tests.Execution.ExecutionHarness;

namespace SolidarityGraph.GraphQL.Execution.Tests.Introspection;

/// <summary>Spec §4 Introspection: the <c>__</c> types, the meta-fields and what their resolvers return.</summary>
public sealed class IntrospectionTypesTests
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
    public void TheEightTypesComeInGraphQLJsOrderAndCloseEveryTypeMap()
    {
        Assert.Equal(
            new[] { "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind" },
            IntrospectionTypes.All.Select(t => t.Name));

        // The type map reaches them depth-first from __Schema, as graphql-js's getTypeMap() does.
        var schema = Schema(Sdl);
        Assert.Equal(
            new[] { "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation" },
            schema.Types.Skip(schema.Types.Count - 8).Select(t => t.Name));
        Assert.Same(IntrospectionTypes.Type, schema.GetType("__Type"));
        Assert.True(IntrospectionTypes.IsIntrospectionType(IntrospectionTypes.TypeKind));
        Assert.False(IntrospectionTypes.IsIntrospectionType(schema.QueryType!));
    }

    [Fact]
    public void MetaFieldsAreFoundWhereTheSpecAllowsThem()
    {
        var schema = Schema(Sdl);
        var query = schema.QueryType!;
        var union = schema.GetType<UnionType>("Any")!;
        Assert.Same(IntrospectionTypes.SchemaField, IntrospectionTypes.FindMetaField(query, "__schema", isQueryRoot: true));
        Assert.Same(IntrospectionTypes.TypeField, IntrospectionTypes.FindMetaField(query, "__type", isQueryRoot: true));
        Assert.Null(IntrospectionTypes.FindMetaField(query, "__schema", isQueryRoot: false));
        Assert.Same(IntrospectionTypes.TypeNameField, IntrospectionTypes.FindMetaField(union, "__typename", isQueryRoot: false));
        Assert.Null(IntrospectionTypes.FindMetaField(schema.GetType("Color")!, "__typename", isQueryRoot: false));
    }

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
