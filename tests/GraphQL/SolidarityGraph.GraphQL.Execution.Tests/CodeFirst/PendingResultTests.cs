using System.Text.Json;
using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.CodeFirst.Resolvers;

namespace SolidarityGraph.GraphQL.Execution.Tests.CodeFirst;

/// <summary>
/// A resolver's unfinished task seen as <c>ValueTask&lt;object?&gt;</c> through the pooled <see cref="PendingResult{T}"/>:
/// the outcome arrives exactly as <c>await</c> gives it, and an instance is reused only after its result was read.
/// </summary>
public sealed class PendingResultTests
{
    [Fact]
    public async Task AnUnfinishedTaskGivesItsValueWhenItCompletes()
    {
        var source = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var resolution = AsyncResults.FromTask(source.Task);
        Assert.False(resolution.IsCompleted);

        source.SetResult("funder");

        Assert.Equal("funder", await resolution);
    }

    [Fact]
    public async Task AnUnfinishedValueTaskGivesItsValueWhenItCompletes()
    {
        var source = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var resolution = AsyncResults.FromValueTask(new ValueTask<int>(source.Task));
        Assert.False(resolution.IsCompleted);

        source.SetResult(42);

        Assert.Equal(42, await resolution);
    }

    [Fact]
    public async Task AFaultPassesTheSameExceptionOn()
    {
        var source = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var resolution = AsyncResults.FromTask(source.Task);
        var failure = new InvalidOperationException("loader failed");

        source.SetException(failure);

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(async () => await resolution);
        Assert.Same(failure, thrown);
    }

    [Fact]
    public async Task ACancelledTaskIsCancelledAndThrowsTaskCanceledException()
    {
        using var cancellation = new CancellationTokenSource();
        var source = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        cancellation.Token.Register(() => source.TrySetCanceled(cancellation.Token));
        var resolution = AsyncResults.FromTask(source.Task);

        await cancellation.CancelAsync();
        await Task.Yield();
        while (!resolution.IsCompleted)
        {
            await Task.Delay(1);
        }

        Assert.True(resolution.IsCanceled);
        var thrown = await Assert.ThrowsAsync<TaskCanceledException>(async () => await resolution);
        Assert.Equal(cancellation.Token, thrown.CancellationToken);
    }

    [Fact]
    public async Task ManyPendingTasksCompletedConcurrentlyEachGiveTheirOwnValue()
    {
        const int count = 2_000;
        var sources = Enumerable.Range(0, count).Select(_ => new TaskCompletionSource<Marker>(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var resolutions = sources.Select(source => AsyncResults.FromTask(source.Task)).ToArray();

        Parallel.For(0, count, i => sources[i].SetResult(new Marker(i)));

        for (var i = 0; i < count; i++)
        {
            Assert.Equal(new Marker(i), await resolutions[i]);
        }
    }

    [Fact]
    public async Task AnInstanceIsReusedOnlyAfterItsResultWasReadAndAStaleReadFails()
    {
        var first = new TaskCompletionSource<PoolProbe>();
        var resolution = AsyncResults.FromTask(first.Task);
        var pooledBefore = PendingResult<PoolProbe>.PooledCount;
        first.SetResult(new PoolProbe("first"));
        Assert.Equal(pooledBefore, PendingResult<PoolProbe>.PooledCount);

        Assert.Equal(new PoolProbe("first"), await resolution);
        Assert.Equal(pooledBefore + 1, PendingResult<PoolProbe>.PooledCount);

        var second = new TaskCompletionSource<PoolProbe>();
        var reused = AsyncResults.FromTask(second.Task);
        Assert.Equal(pooledBefore, PendingResult<PoolProbe>.PooledCount);
        Assert.Throws<InvalidOperationException>(() => resolution.GetAwaiter().GetResult());

        second.SetResult(new PoolProbe("second"));
        Assert.Equal(new PoolProbe("second"), await reused);
    }

    [Fact]
    public async Task AFailingPendingResolverInAListNullsItsFieldWithThePathAndKeepsTheOthers()
    {
        var schema = new CodeFirstSchemaBuilder().AddQueryType<PendingQuery>().AddType<PendingItemType>().Build();

        var json = await CodeFirstHarness.ExecuteAsync(schema, "{ items { name } }");

        using var document = JsonDocument.Parse(json);
        var items = document.RootElement.GetProperty("data").GetProperty("items");
        Assert.Equal("item 0", items[0].GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, items[1].GetProperty("name").ValueKind);
        Assert.Equal("item 2", items[2].GetProperty("name").GetString());
        var error = Assert.Single(document.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("item 1 has no name", error.GetProperty("message").GetString());
        Assert.Equal(["items", "1", "name"], error.GetProperty("path").EnumerateArray().Select(segment => segment.ToString()));
    }

    private sealed record Marker(int Value);

    private sealed record PoolProbe(string Label);

    private sealed class PendingQuery
    {
        public IReadOnlyList<PendingItem> GetItems() => [new(0), new(1), new(2)];
    }

    private sealed class PendingItemType : ObjectType<PendingItem>
    {
        protected override void Configure(IObjectTypeDescriptor<PendingItem> descriptor)
        {
            descriptor.Field("name").Type("String").Resolve(async context =>
            {
                var index = ((PendingItem)context.Parent!).Index;
                await Task.Yield();
                return index == 1 ? throw new GraphQLException($"item {index} has no name") : $"item {index}";
            });
        }
    }

    private sealed record PendingItem(int Index);
}
