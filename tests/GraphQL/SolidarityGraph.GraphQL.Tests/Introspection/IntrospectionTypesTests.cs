using SolidarityGraph.GraphQL.Introspection;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Tests.Introspection;

/// <summary>
/// Spec §4 Introspection: the eight <c>__</c> types and where the meta-fields are found (what their resolvers return
/// is tested through execution, in SolidarityGraph.GraphQL.Execution.Tests/Execution/IntrospectionExecutionTests).
/// </summary>
public sealed class IntrospectionTypesTests
{
    private const string Sdl = """
        enum Color { RED GREEN }
        union Any = Query
        type Query { colors: [Color!]! any: Any }
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

    private static Schema Schema(string sdl)
    {
        var schema = SchemaBuilder.Build(sdl);
        Assert.Empty(schema.ValidationErrors);
        return schema;
    }
}
