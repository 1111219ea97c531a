using SolidarityGraph.GraphQL.Execution;
using SolidarityGraph.GraphQL.Pipeline;

namespace SolidarityGraph.GraphQL.Execution.Tests.Pipeline;

/// <summary>
/// What the document cache remembers per document text (parse, validation, operation, limits, variable-free cost)
/// never leaks from one request into another that differs in operation name, variables or outcome.
/// </summary>
public sealed class PreparedDocumentTests
{
    private readonly TestSchemaState _state = new();

    [Fact]
    public async Task EachOperationNameRunsItsOwnOperation()
    {
        var executor = CreateExecutor();
        const string document = "query A { hello } query B { node { id } } mutation C { increment }";
        var a = await executor.ExecuteAsync(new GraphQLRequest(document) { OperationName = "A" });
        var b = await executor.ExecuteAsync(new GraphQLRequest(document) { OperationName = "B" });
        var againA = await executor.ExecuteAsync(new GraphQLRequest(document) { OperationName = "A" });
        var query = await executor.ExecuteAsync(new GraphQLRequest(document) { OperationName = "C", AllowedOperations = AllowedOperations.Query });
        var none = await executor.ExecuteAsync(new GraphQLRequest(document));

        Assert.Equal("{\"data\":{\"hello\":\"Hello, world!\"}}", ResultWriter.ToJson(a.Result!));
        Assert.Equal("{\"data\":{\"node\":{\"id\":\"1\"}}}", ResultWriter.ToJson(b.Result!));
        Assert.True(againA.IsCachedDocument);
        Assert.Same(a.Operation, againA.Operation);
        Assert.Equal(ResultWriter.ToJson(a.Result!), ResultWriter.ToJson(againA.Result!));
        Assert.Equal(RequestOutcome.OperationNotAllowed, query.Outcome);
        Assert.Equal(0, _state.Counter);
        Assert.Equal(RequestOutcome.RequestError, none.Outcome);
        Assert.Equal("Must provide operation name if query contains multiple operations.", none.Result!.Errors[0].Message);
    }

    [Fact]
    public async Task UnknownOperationNameIsReportedEveryTime()
    {
        var executor = CreateExecutor();
        for (var i = 0; i < 2; i++)
        {
            var context = await executor.ExecuteAsync(new GraphQLRequest("query A { hello }") { OperationName = "Z" });
            Assert.Equal(RequestOutcome.RequestError, context.Outcome);
            Assert.Equal("Unknown operation named \"Z\".", context.Result!.Errors[0].Message);
        }
    }

    [Fact]
    public async Task CostThatDependsOnAVariableIsWorkedOutPerRequest()
    {
        var executor = CreateExecutor();
        const string document = "query($skip: Boolean!) { hello node @skip(if: $skip) { id } }";
        var shown = await executor.ExecuteAsync(new GraphQLRequest(document) { Variables = Variables(("skip", false)) });
        var skipped = await executor.ExecuteAsync(new GraphQLRequest(document) { Variables = Variables(("skip", true)) });
        var shownAgain = await executor.ExecuteAsync(new GraphQLRequest(document) { Variables = Variables(("skip", false)) });

        Assert.Equal(1, shown.Cost); // node: an object of weight 1; hello: a scalar, 0
        Assert.Equal(0, skipped.Cost);
        Assert.True(skipped.IsCachedDocument);
        Assert.Equal(1, shownAgain.Cost);
    }

    [Fact]
    public async Task CostWithoutVariablesIsTheSameFromTheCache()
    {
        var executor = CreateExecutor(options => options.Cost.MaxCost = 2);
        const string document = "{ a: node { id } b: node { id } c: node { id } }";
        var first = await executor.ExecuteAsync(new GraphQLRequest(document));
        var second = await executor.ExecuteAsync(new GraphQLRequest(document));

        Assert.Equal(3, first.Cost);
        Assert.Equal(3, second.Cost);
        Assert.True(second.IsCachedDocument);
        Assert.Equal(RequestErrorCodes.MaxCost, first.Result!.Errors[0].Code);
        Assert.Equal(RequestErrorCodes.MaxCost, second.Result!.Errors[0].Code);
    }

    [Fact]
    public async Task InvalidDocumentStaysInvalidFromTheCache()
    {
        var executor = CreateExecutor();
        var first = await executor.ExecuteAsync(new GraphQLRequest("{ hello unknownField }"));
        var second = await executor.ExecuteAsync(new GraphQLRequest("{ hello unknownField }"));

        Assert.True(second.IsCachedDocument);
        Assert.False(second.IsValidDocument);
        Assert.Equal(first.Result!.Errors.Select(e => e.Message), second.Result!.Errors.Select(e => e.Message));
    }

    [Fact]
    public async Task OperationLimitIsEnforcedFromTheCache()
    {
        var executor = CreateExecutor(options => options.Limits.MaxFieldDepth = 2);
        for (var i = 0; i < 2; i++)
        {
            var context = await executor.ExecuteAsync(new GraphQLRequest("{ node { child { id } } }"));
            Assert.Equal(RequestErrorCodes.MaxFieldDepth, context.Result!.Errors[0].Code);
        }
    }

    [Fact]
    public async Task DocumentHashIsTheSha256OfTheText()
    {
        var context = await CreateExecutor().ExecuteAsync(new GraphQLRequest("{ hello }"));
        var expected = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("{ hello }")));
        Assert.Equal(expected, context.DocumentHash);
        Assert.Matches("^[0-9A-F]{64}$", context.DocumentHash);
    }

    private static Dictionary<string, object?> Variables(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);

    private RequestExecutor CreateExecutor(Action<RequestExecutorOptions>? configure = null)
    {
        var options = new RequestExecutorOptions();
        configure?.Invoke(options);
        return new RequestExecutor(TestSchema.Build(_state), options);
    }
}
