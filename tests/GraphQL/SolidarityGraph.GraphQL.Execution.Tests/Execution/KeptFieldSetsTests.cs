using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Execution.Tests.Execution;

/// <summary>
/// A repeated document reuses its collected field sets (<see cref="KeptFieldSets"/>), and still answers every request
/// from that request's own variables: arguments are coerced per request, and documents whose collection reads
/// variables (<c>@skip</c>/<c>@include</c>) are collected per request.
/// </summary>
public sealed class KeptFieldSetsTests
{
    private const string Sdl = "type Query { items(first: Int = 3): [Item!]! } type Item { name: String! tags(first: Int): [String!]! }";

    private static readonly Item[] Items = [new("a", ["x", "y"]), new("b", ["z"]), new("c", [])];

    [Fact]
    public async Task ArgumentsFromVariablesAreCoercedForEveryRequestOfAKeptDocument()
    {
        var schema = BuildSchema();
        var document = Parser.Parse("query($n: Int, $t: Int) { items(first: $n) { name tags(first: $t) } }");

        var one = await ExecuteAsync(schema, document, ("n", 1), ("t", 1));
        var two = await ExecuteAsync(schema, document, ("n", 2), ("t", 2));
        var defaulted = await ExecuteAsync(schema, document);

        Assert.Equal("{\"data\":{\"items\":[{\"name\":\"a\",\"tags\":[\"x\"]}]}}", one);
        Assert.Equal("{\"data\":{\"items\":[{\"name\":\"a\",\"tags\":[\"x\",\"y\"]},{\"name\":\"b\",\"tags\":[\"z\"]}]}}", two);
        Assert.Equal(
            "{\"data\":{\"items\":[{\"name\":\"a\",\"tags\":[\"x\",\"y\"]},{\"name\":\"b\",\"tags\":[\"z\"]},{\"name\":\"c\",\"tags\":[]}]}}",
            defaulted);
    }

    [Theory]
    [InlineData("query($on: Boolean!) { items(first: 1) { name tags @include(if: $on) } }")]
    [InlineData("query($on: Boolean!) { items(first: 1) { ...Item } } fragment Item on Item { name tags @include(if: $on) }")]
    [InlineData("query($on: Boolean!) { items(first: 1) { name ... @include(if: $on) { tags } } }")]
    public async Task ADocumentWhoseCollectionReadsVariablesIsCollectedForEveryRequest(string query)
    {
        var schema = BuildSchema();
        var document = Parser.Parse(query);

        var with = await ExecuteAsync(schema, document, ("on", true));
        var without = await ExecuteAsync(schema, document, ("on", false));
        var again = await ExecuteAsync(schema, document, ("on", true));

        Assert.Equal("{\"data\":{\"items\":[{\"name\":\"a\",\"tags\":[\"x\",\"y\"]}]}}", with);
        Assert.Equal("{\"data\":{\"items\":[{\"name\":\"a\"}]}}", without);
        Assert.Equal(with, again);
    }

    [Fact]
    public async Task TheSameDocumentOnAnotherSchemaIsCollectedForThatSchema()
    {
        var document = Parser.Parse("{ items { name } }");
        var other = ExecutionHarness.Schema(
            "type Query { items: [Other] } type Other { name: String }",
            new SchemaBuildOptions().AddResolver("Query", "items", _ => new ValueTask<object?>(new[] { new Item("other", []) })));

        var first = await ExecuteAsync(BuildSchema(), document);
        var second = await ExecuteAsync(other, document);
        var third = await ExecuteAsync(BuildSchema(), document);

        Assert.Equal("{\"data\":{\"items\":[{\"name\":\"a\"},{\"name\":\"b\"},{\"name\":\"c\"}]}}", first);
        Assert.Equal("{\"data\":{\"items\":[{\"name\":\"other\"}]}}", second);
        Assert.Equal(first, third);
    }

    [Fact]
    public async Task AKeptDocumentAnswersConcurrentRequestsWithTheirOwnVariables()
    {
        var schema = BuildSchema();
        var document = Parser.Parse("query($n: Int) { items(first: $n) { name tags(first: 1) } }");

        var answers = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(() => ExecuteAsync(schema, document, ("n", 1 + (i % 3))))));

        for (var i = 0; i < answers.Length; i++)
        {
            Assert.Equal(1 + (i % 3), answers[i].Split("\"name\"").Length - 1);
        }
    }

    private static Schema BuildSchema() => ExecutionHarness.Schema(
        Sdl,
        new SchemaBuildOptions()
            .AddResolver("Query", "items", context => new ValueTask<object?>(Items.Take(context.GetArgument<int>("first")).ToArray()))
            .AddResolver("Item", "tags", context =>
            {
                var tags = ((Item)context.Parent!).Tags;
                return new ValueTask<object?>(context.Arguments.ContainsKey("first") ? tags.Take(context.GetArgument<int>("first")).ToArray() : tags);
            }));

    private static async Task<string> ExecuteAsync(Schema schema, DocumentNode document, params (string Key, object? Value)[] variables)
    {
        var result = await Executor.ExecuteAsync(new ExecutionRequest(schema, document) { Variables = ExecutionHarness.Map(variables) });
        Assert.Empty(result.Errors);
        return ResultWriter.ToJson(result);
    }

    private sealed record Item(string Name, string[] Tags);
}
