using SolidarityGraph.GraphQL.Execution;
using SolidarityGraph.GraphQL.Pipeline;

namespace SolidarityGraph.GraphQL.Execution.Tests.Pipeline;

/// <summary>
/// The document cache admits a document on its second sight: one-off documents (a unique trailing comment per
/// request) are answered like any other but neither kept nor allowed to push out the documents clients repeat.
/// </summary>
public sealed class DocumentCacheAdmissionTests
{
    private readonly TestSchemaState _state = new();

    [Fact]
    public async Task OneOffDocumentsAreAnsweredButNotKept()
    {
        var executor = CreateExecutor(options => options.DocumentCacheSize = 4);
        for (var i = 0; i < 200; i++)
        {
            var context = await executor.ExecuteAsync(new GraphQLRequest($"{{ hello }} #{i}"));
            Assert.Equal(RequestOutcome.Executed, context.Outcome);
            Assert.False(context.IsCachedDocument);
            Assert.Equal("{\"data\":{\"hello\":\"Hello, world!\"}}", ResultWriter.ToJson(context.Result!));
        }

        Assert.Equal(0, executor.DocumentCache.Count);
    }

    [Fact]
    public async Task OneOffDocumentsDoNotPushOutARepeatedDocument()
    {
        var executor = CreateExecutor(options => options.DocumentCacheSize = 2);
        await executor.ExecuteAsync(new GraphQLRequest("{ hello }"));
        await executor.ExecuteAsync(new GraphQLRequest("{ hello }"));
        for (var i = 0; i < 200; i++)
        {
            await executor.ExecuteAsync(new GraphQLRequest($"{{ hello }} #{i}"));
        }

        var repeated = await executor.ExecuteAsync(new GraphQLRequest("{ hello }"));
        Assert.True(repeated.IsCachedDocument);
        Assert.Equal(1, executor.DocumentCache.Count);
    }

    [Fact]
    public async Task SecondSightInItsProbationSlotIsNotParsedAgain()
    {
        var executor = CreateExecutor();
        var first = await executor.ExecuteAsync(new GraphQLRequest("{ node { id } }"));
        var second = await executor.ExecuteAsync(new GraphQLRequest("{ node { id } }"));

        Assert.False(first.IsCachedDocument);
        Assert.True(second.IsCachedDocument);
        Assert.Same(first.Document, second.Document);
        Assert.Equal(1, executor.DocumentCache.Count);
    }

    [Fact]
    public async Task SecondSightAfterItsProbationSlotWasTakenIsParsedAgainAndAdmitted()
    {
        var executor = CreateExecutor();
        const string document = "{ node { id } }";
        var key = new DocumentKey(document);
        var first = await executor.ExecuteAsync(new GraphQLRequest(document));

        // A newcomer for the same probation slot whose hash lives in another cell of the seen-hash table.
        var rival = Enumerable.Range(0, 100_000).Select(i => $"{{ hello }} #{i}").First(text =>
        {
            var hash = new DocumentKey(text).Hash;
            return (hash & (DocumentCache.ProbationSlots - 1)) == (key.Hash & (DocumentCache.ProbationSlots - 1))
                && (hash & (executor.DocumentCache.SeenHashCells - 1)) != (key.Hash & (executor.DocumentCache.SeenHashCells - 1));
        });
        await executor.ExecuteAsync(new GraphQLRequest(rival));
        var second = await executor.ExecuteAsync(new GraphQLRequest(document));
        var third = await executor.ExecuteAsync(new GraphQLRequest(document));

        Assert.False(second.IsCachedDocument);
        Assert.NotSame(first.Document, second.Document);
        Assert.True(third.IsCachedDocument);
        Assert.Same(second.Document, third.Document);
        Assert.Equal(1, executor.DocumentCache.Count);
    }

    [Fact]
    public async Task InvalidOneOffDocumentGetsItsErrorsEveryTime()
    {
        var executor = CreateExecutor();
        for (var i = 0; i < 3; i++)
        {
            var context = await executor.ExecuteAsync(new GraphQLRequest($"{{ hello unknownField }} #{i}"));
            Assert.Equal(RequestOutcome.RequestError, context.Outcome);
            var error = Assert.Single(context.Result!.Errors);
            Assert.Equal("Cannot query field \"unknownField\" on type \"Query\".", error.Message);
            Assert.Equal(1, error.Locations[0].Line);
            Assert.Equal(9, error.Locations[0].Column);
        }

        Assert.Equal(0, executor.DocumentCache.Count);
    }

    [Fact]
    public void ExplicitlySetDocumentIsKeptAtOnce()
    {
        var cache = new DocumentCache(4);
        cache.Set("{ hello }", Language.Parser.Parse("{ hello }"));

        Assert.True(cache.TryGet("{ hello }", out var document));
        Assert.NotNull(document);
        Assert.Equal(1, cache.Count);
    }

    private RequestExecutor CreateExecutor(Action<RequestExecutorOptions>? configure = null)
    {
        var options = new RequestExecutorOptions();
        configure?.Invoke(options);
        return new RequestExecutor(TestSchema.Build(_state), options);
    }
}
