using static SolidarityGraph.GraphQL.Execution.Tests.Execution.ExecutionHarness;

namespace SolidarityGraph.GraphQL.Execution.Tests.Execution;

/// <summary>Spec §6.3.2 CollectFields: response key order, merging, fragments, @skip and @include.</summary>
public sealed class CollectFieldsTests
{
    private const string Sdl = """
        interface Named { name: String }
        type Dog implements Named { name: String barks: Boolean }
        type Cat implements Named { name: String lives: Int }
        type Query { a: String b: String pet: Named }
        """;

    private static readonly Dictionary<string, object?> Root = Map(
        ("a", "A"), ("b", "B"), ("pet", Map(("__typename", "Cat"), ("name", "Tom"), ("lives", 9))));

    [Theory]
    [InlineData("{ b a }", "{\"b\":\"B\",\"a\":\"A\"}")]
    [InlineData("{ x: a y: a a }", "{\"x\":\"A\",\"y\":\"A\",\"a\":\"A\"}")]
    [InlineData("{ a ...F b a }\nfragment F on Query { b a }", "{\"a\":\"A\",\"b\":\"B\"}")]
    [InlineData("{ pet { ... on Dog { barks } name ... on Cat { lives name } } }", "{\"pet\":{\"name\":\"Tom\",\"lives\":9}}")]
    [InlineData("{ pet { ... on Named { name } ...C } }\nfragment C on Cat { lives }", "{\"pet\":{\"name\":\"Tom\",\"lives\":9}}")]
    public async Task ResponseKeysFollowTheFirstOccurrence(string query, string data)
    {
        Assert.Equal("{\"data\":" + data + "}", await JsonAsync(Sdl, query, Root));
    }

    [Theory]
    [InlineData("{ a @skip(if: true) b }", "{\"b\":\"B\"}")]
    [InlineData("{ a @include(if: false) b }", "{\"b\":\"B\"}")]
    [InlineData("{ a @skip(if: false) @include(if: true) }", "{\"a\":\"A\"}")]
    [InlineData("{ a @skip(if: true) @include(if: true) }", "{}")]
    [InlineData("{ ... @skip(if: true) { a } ...F @include(if: false) b }\nfragment F on Query { a }", "{\"b\":\"B\"}")]
    public async Task SkipAndIncludeDecideWhetherASelectionCounts(string query, string data)
    {
        Assert.Equal("{\"data\":" + data + "}", await JsonAsync(Sdl, query, Root));
    }

    [Fact]
    public async Task ConditionsReadVariables()
    {
        var json = await JsonAsync(Sdl, "query ($on: Boolean!) { a @include(if: $on) b @skip(if: $on) }", Root, Map(("on", true)));
        Assert.Equal("{\"data\":{\"a\":\"A\"}}", json);
    }

    [Fact]
    public async Task AFragmentSpreadTwiceIsCollectedOnce()
    {
        var json = await JsonAsync(Sdl, "{ ...F x: a ...F }\nfragment F on Query { a b }", Root);
        Assert.Equal("{\"data\":{\"a\":\"A\",\"b\":\"B\",\"x\":\"A\"}}", json);
    }
}
