using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Execution.Tests.Execution;

/// <summary>
/// <c>__schema</c> and <c>__type</c> results are reused by later requests of the same document on the same schema,
/// and only when nothing in the selection depends on the request (variables) or went wrong.
/// </summary>
public sealed class IntrospectionResultCacheTests
{
    private const string Sdl = "type Query { hello: String author: Author } type Author { name: String }";

    [Fact]
    public async Task ASecondRequestOfTheSameDocumentReusesTheCompletedResult()
    {
        var schema = ExecutionHarness.Schema(Sdl);
        var document = Parser.Parse("{ hello __schema { queryType { name fields { name } } } }");

        var first = await ExecuteAsync(schema, document);
        var second = await ExecuteAsync(schema, document);

        Assert.Equal(
            "{\"data\":{\"hello\":null,\"__schema\":{\"queryType\":{\"name\":\"Query\",\"fields\":[{\"name\":\"hello\"},{\"name\":\"author\"}]}}}}",
            ResultWriter.ToJson(second));
        Assert.Equal(ResultWriter.ToJson(first), ResultWriter.ToJson(second));
        Assert.Same(first.Data!["__schema"], second.Data!["__schema"]);
        Assert.NotSame(first.Data, second.Data);
    }

    [Fact]
    public async Task AnotherSchemaGetsItsOwnResultForTheSameDocument()
    {
        var document = Parser.Parse("{ __type(name: \"Author\") { fields { name } } }");

        var first = await ExecuteAsync(ExecutionHarness.Schema(Sdl), document);
        var second = await ExecuteAsync(ExecutionHarness.Schema("type Query { author: Author } type Author { id: ID born: Int }"), document);

        Assert.Equal("{\"data\":{\"__type\":{\"fields\":[{\"name\":\"name\"}]}}}", ResultWriter.ToJson(first));
        Assert.Equal("{\"data\":{\"__type\":{\"fields\":[{\"name\":\"id\"},{\"name\":\"born\"}]}}}", ResultWriter.ToJson(second));
    }

    [Theory]
    [InlineData("query($name: String!) { __type(name: $name) { name } }")]
    [InlineData("query($name: String!, $fields: Boolean!) { __type(name: $name) { name fields @include(if: $fields) { name } } }")]
    [InlineData("query($name: String!, $fields: Boolean!) { __type(name: $name) { ...Fields } } fragment Fields on __Type { name fields @include(if: $fields) { name } }")]
    public async Task ASelectionThatReadsVariablesIsExecutedForEveryRequest(string query)
    {
        var schema = ExecutionHarness.Schema(Sdl);
        var document = Parser.Parse(query);

        var query1 = await ExecuteAsync(schema, document, ("name", "Query"), ("fields", false));
        var author = await ExecuteAsync(schema, document, ("name", "Author"), ("fields", true));
        var query2 = await ExecuteAsync(schema, document, ("name", "Query"), ("fields", false));

        Assert.Equal("{\"data\":{\"__type\":{\"name\":\"Query\"}}}", ResultWriter.ToJson(query1));
        Assert.Equal(ResultWriter.ToJson(query1), ResultWriter.ToJson(query2));
        Assert.StartsWith("{\"data\":{\"__type\":{\"name\":\"Author\"", ResultWriter.ToJson(author));
        Assert.NotSame(query1.Data!["__type"], query2.Data!["__type"]);
    }

    [Fact]
    public async Task AVariableInAFragmentSpreadInsideTheSelectionIsSeenAsWell()
    {
        var schema = ExecutionHarness.Schema(Sdl);
        var document = Parser.Parse(
            "query($deprecated: Boolean!) { __schema { types { ...Type } } } "
            + "fragment Type on __Type { name fields(includeDeprecated: $deprecated) { name } }");

        var first = await ExecuteAsync(schema, document, ("deprecated", false));
        var second = await ExecuteAsync(schema, document, ("deprecated", true));

        Assert.Equal(ResultWriter.ToJson(first), ResultWriter.ToJson(second));
        Assert.NotSame(first.Data!["__schema"], second.Data!["__schema"]);
    }

    private static async Task<ExecutionResult> ExecuteAsync(Schema schema, DocumentNode document, params (string Key, object? Value)[] variables)
    {
        var result = await Executor.ExecuteAsync(new ExecutionRequest(schema, document) { Variables = ExecutionHarness.Map(variables) });
        Assert.Empty(result.Errors);
        return result;
    }
}
