using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Scalars;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Tests.Types;

public sealed class SchemaTests
{
    private static string[] UserTypeNames(Schema schema) =>
        schema.Types.Where(t => !t.IsIntrospectionType()).Select(t => t.Name).ToArray();

    [Theory]
    // Expected orders are graphql-js 17.1.0's Object.keys(buildSchema(sdl).getTypeMap()), introspection types left out.
    [InlineData("type Query { a: Foo b: String } type Foo { x: Int }", "Query,String,Foo,Int,Boolean")]
    [InlineData("type Foo { x: Int } type Query { a: Foo b: String }", "Foo,Int,Query,String,Boolean")]
    [InlineData("scalar String type Query { a: Int } type Foo implements I { s: String } interface I { s: String }", "String,Query,Int,Foo,I,Boolean")]
    public void TypesFollowGraphQLJsTypeMapOrder(string sdl, string expected) =>
        Assert.Equal(expected.Split(','), UserTypeNames(SchemaBuilder.Build(sdl)));

    [Fact]
    public void CollectsTypesReachableFromCodeFirstRoots()
    {
        var node = new InterfaceType("Node").AddField(new OutputField("id", new NonNullType(SpecifiedScalars.ID)));
        var project = new ObjectType("Project") { Interfaces = new[] { node } }
            .AddField(new OutputField("id", new NonNullType(SpecifiedScalars.ID)));
        var query = new ObjectType("Query").AddField(new OutputField("node", node)
            .AddArgument(new Argument("id", new NonNullType(SpecifiedScalars.ID))));

        var schema = new Schema(new SchemaConfig { Query = query, Types = new INamedType[] { project } });

        Assert.Equal(new[] { "Project", "Node", "ID", "Query", "Boolean", "String" }, UserTypeNames(schema));
        Assert.Same(project, Assert.Single(schema.GetPossibleTypes(node)));
        Assert.True(schema.IsSubType(node, project));
        Assert.False(schema.IsSubType(node, query));
        Assert.Same(query, schema.GetRootType(OperationType.Query));
        Assert.Null(schema.MutationType);
        Assert.NotNull(schema.GetDirective("deprecated"));
        Assert.Null(schema.GetDirective("nope"));
    }

    [Fact]
    public void ImplementationsIncludeInterfacesImplementingInterfaces()
    {
        var schema = SchemaBuilder.Build("type Query { n: Node } interface Node { id: ID } interface Named implements Node { id: ID } type P implements Named & Node { id: ID } union U = P");
        var node = schema.GetType<InterfaceType>("Node")!;

        Assert.Equal(new[] { "P" }, schema.GetImplementations(node).Objects.Select(t => t.Name));
        Assert.Equal(new[] { "Named" }, schema.GetImplementations(node).Interfaces.Select(t => t.Name));
        Assert.True(schema.IsSubType(node, schema.GetType("Named")!));
        Assert.True(schema.IsSubType(schema.GetType<UnionType>("U")!, schema.GetType("P")!));
    }

    [Fact]
    public void RejectsTwoTypesWithOneName()
    {
        var query = new ObjectType("Query")
            .AddField(new OutputField("a", new ObjectType("Dup").AddField(new OutputField("x", SpecifiedScalars.Int))))
            .AddField(new OutputField("b", new ObjectType("Dup").AddField(new OutputField("y", SpecifiedScalars.Int))));

        var error = Assert.Throws<InvalidOperationException>(() => new Schema(query));

        Assert.Equal("Schema must contain uniquely named types but contains multiple types named \"Dup\".", error.Message);
    }

    [Fact]
    public void ModelRejectsInvalidNamesAndDuplicateMembers()
    {
        Assert.Equal("Names must only contain [_a-zA-Z0-9] but \"a-b\" does not. (Parameter 'name')",
            Assert.Throws<ArgumentException>(() => new ObjectType("a-b")).Message);
        Assert.Throws<ArgumentException>(() => new ObjectType("1a"));
        var type = new ObjectType("T").AddField(new OutputField("f", SpecifiedScalars.Int));
        Assert.Throws<ArgumentException>(() => type.AddField(new OutputField("f", SpecifiedScalars.String)));
        Assert.Throws<ArgumentException>(() => new NonNullType(new NonNullType(SpecifiedScalars.Int)));
    }

    [Fact]
    public void TypePredicatesFollowTheSpec()
    {
        var input = new InputObjectType("In");
        var obj = new ObjectType("Obj");
        IType list = new ListType(new NonNullType(input));

        Assert.Equal("[In!]", list.ToString());
        Assert.Same(input, list.NamedType());
        Assert.True(list.IsInputType());
        Assert.False(list.IsOutputType());
        Assert.True(new NonNullType(obj).IsOutputType());
        Assert.False(new NonNullType(obj).IsCompositeType());
        Assert.True(obj.IsCompositeType());
        Assert.True(SpecifiedScalars.Int.IsLeafType());
        Assert.True(new UnionType("U").IsAbstractType());
        Assert.Equal(new ListType(SpecifiedScalars.Int), new ListType(SpecifiedScalars.Int));
        Assert.Same(obj, new NonNullType(obj).NullableType());
    }
}
