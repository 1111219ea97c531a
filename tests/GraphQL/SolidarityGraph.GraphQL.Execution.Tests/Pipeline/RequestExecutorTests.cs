using SolidarityGraph.GraphQL.Execution;
using SolidarityGraph.GraphQL.Pipeline;

namespace SolidarityGraph.GraphQL.Execution.Tests.Pipeline;

/// <summary>The request pipeline without HTTP: phases, caches, outcomes and limits.</summary>
public sealed class RequestExecutorTests
{
    private readonly TestSchemaState _state = new();

    [Fact]
    public async Task RepeatedDocumentIsParsedOnce()
    {
        var executor = CreateExecutor();
        var first = await executor.ExecuteAsync(new GraphQLRequest("{ hello }"));
        var second = await executor.ExecuteAsync(new GraphQLRequest("{ hello }"));
        Assert.False(first.IsCachedDocument);
        Assert.True(second.IsCachedDocument);
        Assert.Same(first.Document, second.Document);
        Assert.Equal(RequestOutcome.Executed, second.Outcome);
        Assert.Equal("{\"data\":{\"hello\":\"Hello, world!\"}}", ResultWriter.ToJson(second.Result!));
        Assert.Equal(64, second.DocumentHash!.Length);
    }

    [Fact]
    public async Task DocumentCacheDropsTheLeastRecentlyUsed()
    {
        var executor = CreateExecutor(options => options.DocumentCacheSize = 2);
        foreach (var document in new[] { "{ a: hello }", "{ a: hello }", "{ b: hello }", "{ b: hello }", "{ a: hello }", "{ c: hello }", "{ c: hello }" })
        {
            await executor.ExecuteAsync(new GraphQLRequest(document));
        }

        Assert.Equal(2, executor.DocumentCache.Count);
        Assert.True((await executor.ExecuteAsync(new GraphQLRequest("{ a: hello }"))).IsCachedDocument);
        Assert.False((await executor.ExecuteAsync(new GraphQLRequest("{ b: hello }"))).IsCachedDocument);
    }

    [Fact]
    public async Task InvalidDocumentIsNotExecuted()
    {
        var context = await CreateExecutor().ExecuteAsync(new GraphQLRequest("{ expensive unknownField }"));
        Assert.Equal(RequestOutcome.RequestError, context.Outcome);
        Assert.False(context.IsValidDocument);
        Assert.False(context.Result!.HasData);
        Assert.Equal(0, _state.ExpensiveCalls);
    }

    [Fact]
    public async Task MissingQueryIsARequestError()
    {
        var context = await CreateExecutor().ExecuteAsync(new GraphQLRequest(null));
        Assert.Equal(RequestOutcome.RequestError, context.Outcome);
        Assert.Equal(RequestErrorCodes.QueryMissing, context.Result!.Errors[0].Code);
    }

    [Fact]
    public async Task DisallowedOperationTypeIsRefusedEvenWhenInvalid()
    {
        var context = await CreateExecutor().ExecuteAsync(
            new GraphQLRequest("mutation { increment nope }") { AllowedOperations = AllowedOperations.Query });
        Assert.Equal(RequestOutcome.OperationNotAllowed, context.Outcome);
        Assert.Equal(RequestErrorCodes.OperationNotAllowed, context.Result!.Errors[0].Code);
        Assert.Equal(0, _state.Counter);
    }

    [Fact]
    public async Task UnknownOperationNameIsARequestError()
    {
        var context = await CreateExecutor().ExecuteAsync(new GraphQLRequest("query A { hello }") { OperationName = "B" });
        Assert.Equal(RequestOutcome.RequestError, context.Outcome);
        Assert.Equal(ExecutionErrorCodes.OperationNotFound, context.Result!.Errors[0].Code);
    }

    [Fact]
    public async Task ParserLimitsComeFromTheOptions()
    {
        var executor = CreateExecutor(options => options.MaxTokens = 5);
        var context = await executor.ExecuteAsync(new GraphQLRequest("{ a: hello b: hello }"));
        Assert.Equal(Errors.ErrorCodes.MaxTokens, context.Result!.Errors[0].Code);
    }

    [Fact]
    public async Task ValidationErrorCapComesFromTheOptions()
    {
        var executor = CreateExecutor(options => options.MaxValidationErrors = 2);
        var context = await executor.ExecuteAsync(new GraphQLRequest("{ a b c d }"));
        Assert.Equal(3, context.Result!.Errors.Count);
        Assert.Contains("error limit reached", context.Result.Errors[2].Message);
    }

    [Fact]
    public async Task CallerCancellationIsNotReportedAsATimeout()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var context = await CreateExecutor().ExecuteAsync(new GraphQLRequest("{ slow(ms: 30000) }"), cancellation.Token);
        Assert.Equal(RequestOutcome.Cancelled, context.Outcome);
        Assert.True(_state.SlowCancelled.Task.IsCompleted);
    }

    [Fact]
    public async Task TimeoutReplacesThePartialResultWithOneError()
    {
        var executor = CreateExecutor(options => options.ExecutionTimeout = TimeSpan.FromMilliseconds(100));
        var context = await executor.ExecuteAsync(new GraphQLRequest("{ hello slow(ms: 30000) }"));
        Assert.Equal(RequestOutcome.Timeout, context.Outcome);
        Assert.False(context.Result!.HasData);
        Assert.Equal(RequestErrorCodes.ExecutionTimeout, Assert.Single(context.Result.Errors).Code);
    }

    [Fact]
    public void InvalidSchemaIsRefused()
    {
        // Builds, but breaks §3.6 IsValidImplementation: Query lacks I's field.
        var schema = Utilities.SchemaBuilder.Build("interface I { a: String } type Query implements I { b: String }");
        Assert.NotEmpty(schema.ValidationErrors);
        var error = Assert.Throws<InvalidOperationException>(() => new RequestExecutor(schema));
        Assert.StartsWith("The schema is invalid:", error.Message);
    }

    private RequestExecutor CreateExecutor(Action<RequestExecutorOptions>? configure = null)
    {
        var options = new RequestExecutorOptions();
        configure?.Invoke(options);
        return new RequestExecutor(TestSchema.Build(_state), options);
    }
}
