using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Tests.Utilities;

public sealed class TypeComparatorsTests
{
    private static readonly Schema TestSchema = SchemaBuilder.Build("""
        type Query { n: Node i: Int }
        interface Node { id: ID }
        interface Named implements Node { id: ID name: String }
        type Project implements Named & Node { id: ID name: String }
        type Person { id: ID }
        union Result = Project | Person
        """);

    private static IType T(string type) => TypeFromAst.Convert(TestSchema, Parser.ParseType(type))!;

    private static INamedType N(string name) => TestSchema.GetType(name)!;

    [Theory]
    [InlineData("Int", "Int", true)]
    [InlineData("Int!", "Int", true)]
    [InlineData("Int", "Int!", false)]
    [InlineData("[Int!]!", "[Int]", true)]
    [InlineData("[Int]", "Int", false)]
    [InlineData("Project", "Node", true)]
    [InlineData("Named", "Node", true)]
    [InlineData("Project!", "Result", true)]
    [InlineData("Person", "Node", false)]
    [InlineData("[Project]", "[Named]", true)]
    public void IsTypeSubTypeOf(string sub, string super, bool expected) =>
        Assert.Equal(expected, TypeComparators.IsTypeSubTypeOf(TestSchema, T(sub), T(super)));

    [Fact]
    public void IsEqualTypeComparesWrappers()
    {
        Assert.True(TypeComparators.IsEqualType(T("[Int!]"), T("[Int!]")));
        Assert.False(TypeComparators.IsEqualType(T("[Int!]"), T("[Int]")));
    }

    [Fact]
    public void DoTypesOverlap()
    {
        Assert.True(TypeComparators.DoTypesOverlap(TestSchema, N("Node"), N("Result")));
        Assert.True(TypeComparators.DoTypesOverlap(TestSchema, N("Project"), N("Node")));
        Assert.True(TypeComparators.DoTypesOverlap(TestSchema, N("Result"), N("Person")));
        Assert.False(TypeComparators.DoTypesOverlap(TestSchema, N("Person"), N("Node")));
        Assert.False(TypeComparators.DoTypesOverlap(TestSchema, N("Person"), N("Project")));
    }

    [Fact]
    public void TypeFromAstReturnsNullForUnknownTypes() =>
        Assert.Null(TypeFromAst.Convert(TestSchema, Parser.ParseType("[Missing!]")));

    [Fact]
    public void SuggestionsMatchGraphQLJsOrdering()
    {
        Assert.Equal(new[] { "ID", "Int" }, Suggestions.SuggestionList("In", new[] { "ID", "Int", "String" }));
        Assert.Equal(" Did you mean \"a\", \"b\", or \"c\"?", Suggestions.DidYouMean(null, new[] { "a", "b", "c" }));
        Assert.Equal("", Suggestions.DidYouMean("x", Array.Empty<string>()));
    }
}
