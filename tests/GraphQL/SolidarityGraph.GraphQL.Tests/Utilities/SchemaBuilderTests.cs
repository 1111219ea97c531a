using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Directives;
using SolidarityGraph.GraphQL.Types.Resolvers;
using SolidarityGraph.GraphQL.Types.Scalars;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Tests.Utilities;

public sealed class SchemaBuilderTests
{
    [Fact]
    public void UsesImplicitRootTypesWithoutASchemaDefinition()
    {
        var schema = SchemaBuilder.Build("type Query { a: Int } type Mutation { b: Int } type Subscription { c: Int }");

        Assert.Equal("Query", schema.QueryType?.Name);
        Assert.Equal("Mutation", schema.MutationType?.Name);
        Assert.Equal("Subscription", schema.SubscriptionType?.Name);
    }

    [Fact]
    public void UsesTheSchemaDefinitionAndItsExtensions()
    {
        var schema = SchemaBuilder.Build("\"Described\" schema { query: Root } extend schema { mutation: Change } type Root { a: Int } type Change { b: Int } type Query { c: Int }");

        Assert.Equal("Root", schema.QueryType?.Name);
        Assert.Equal("Change", schema.MutationType?.Name);
        Assert.Equal("Described", schema.Description);
        Assert.Single(schema.ExtensionAstNodes);
    }

    [Fact]
    public void MergesTypeExtensionsInOrder()
    {
        var schema = SchemaBuilder.Build("""
            type Query { a: Int }
            interface I { x: Int }
            extend type Query implements I @tag { x: Int }
            extend type Query { y: String }
            enum E { A } extend enum E { B }
            input In { a: Int } extend input In @oneOf
            union U = Query extend union U = Other
            type Other { z: Int }
            directive @tag on OBJECT
            """);
        var query = schema.QueryType!;

        Assert.Equal(new[] { "a", "x", "y" }, query.Fields.Select(f => f.Name));
        Assert.Equal("I", Assert.Single(query.Interfaces).Name);
        Assert.Equal("tag", Assert.Single(query.Directives).Name.Value);
        Assert.Equal(2, query.ExtensionAstNodes.Count);
        Assert.Equal(new[] { "A", "B" }, schema.GetType<EnumType>("E")!.Values.Select(v => v.Name));
        Assert.True(schema.GetType<InputObjectType>("In")!.IsOneOf);
        Assert.Equal(new[] { "Query", "Other" }, schema.GetType<UnionType>("U")!.Types.Select(t => t.Name));
    }

    [Fact]
    public void ReadsDescriptionsDeprecationsDefaultsAndSpecifiedBy()
    {
        var schema = SchemaBuilder.Build("""
            type Query {
              "Field doc"
              a(x: Int = 3 @deprecated(reason: "Use y"), y: [String] = ["q"]): Int @deprecated
            }
            scalar Url @specifiedBy(url: "https://example.org/url")
            enum E { OLD @deprecated(reason: "New") NEW }
            """);
        var field = schema.QueryType!.Fields["a"];

        Assert.Equal("Field doc", field.Description);
        Assert.Equal(SpecifiedDirectives.DefaultDeprecationReason, field.DeprecationReason);
        Assert.Equal("Use y", field.Arguments["x"].DeprecationReason);
        Assert.Equal(3, field.Arguments["x"].DefaultValue);
        Assert.Equal(new object?[] { "q" }, (IReadOnlyList<object?>)field.Arguments["y"].DefaultValue!);
        Assert.Equal("https://example.org/url", schema.GetType<ScalarType>("Url")!.SpecifiedByUrl);
        Assert.Equal("New", schema.GetType<EnumType>("E")!.Values["OLD"].DeprecationReason);
        Assert.NotNull(field.AstNode);
    }

    [Fact]
    public void KeepsStandardScalarsAndAddsMissingSpecifiedDirectives()
    {
        var schema = SchemaBuilder.Build("scalar String type Query { a: String } directive @deprecated(reason: String) on FIELD_DEFINITION");

        Assert.Same(SpecifiedScalars.String, schema.GetType("String"));
        Assert.Equal(new[] { "deprecated", "include", "skip", "specifiedBy", "oneOf" }, schema.Directives.Select(d => d.Name));
        Assert.NotSame(SpecifiedDirectives.Deprecated, schema.GetDirective("deprecated"));
    }

    [Fact]
    public void BindsResolversTypeResolversAndScalars()
    {
        FieldResolver hello = _ => new ValueTask<object?>("hi");
        TypeResolver resolveNode = (_, _, _) => null;
        var options = new SchemaBuildOptions().AddResolver("Query", "hello", hello);
        options.TypeResolvers["Node"] = resolveNode;
        options.Scalars["DateTime"] = ExtendedScalars.DateTime();
        options.EnumValues["Colour"] = new Dictionary<string, object> { ["RED"] = 1 };

        var schema = SchemaBuilder.Build("type Query { hello: String when: DateTime node: Node c: Colour } interface Node { id: ID } scalar DateTime enum Colour { RED BLUE }", options);

        Assert.Same(hello, schema.QueryType!.Fields["hello"].Resolver);
        Assert.Null(schema.QueryType.Fields["when"].Resolver);
        Assert.Same(resolveNode, schema.GetType<InterfaceType>("Node")!.ResolveType);
        Assert.IsType<DateTimeType>(schema.GetType("DateTime"));
        Assert.Equal("RED", schema.GetType<EnumType>("Colour")!.Serialize(1));
        Assert.Equal("BLUE", schema.GetType<EnumType>("Colour")!.Serialize("BLUE"));
    }

    [Fact]
    public void IgnoresExecutableDefinitions() =>
        Assert.Equal("Query", SchemaBuilder.Build("type Query { a: Int } query Q { a }").QueryType?.Name);

    [Fact]
    public void RejectsUnknownTypesAndExtensionsOfUndefinedTypes()
    {
        Assert.Equal("Unknown type: \"Missing\".", Assert.Throws<InvalidOperationException>(() => SchemaBuilder.Build("type Query { a: Missing }")).Message);
        Assert.Equal("Cannot extend type \"Nope\" because it is not defined.",
            Assert.Throws<InvalidOperationException>(() => SchemaBuilder.Build("type Query { a: Int } extend type Nope { b: Int }")).Message);
        Assert.NotNull(SchemaBuilder.Build("type Query { a: Int } extend type Nope { b: Int }", new SchemaBuildOptions { AssumeValidSdl = true }));
    }

    [Fact]
    public void ParsesTheSdlItself() =>
        Assert.Throws<Errors.GraphQLSyntaxException>(() => SchemaBuilder.Build("type Query {"));

    [Fact]
    public void AcceptsADocumentNode()
    {
        var document = Parser.Parse("type Query { a: Int }");

        Assert.Equal("a", SchemaBuilder.Build(document).QueryType!.Fields[0].Name);
    }
}
