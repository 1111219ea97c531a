using SolidarityGraph.GraphQL.Utilities;
using static SolidarityGraph.GraphQL.Execution.Tests.Execution.ExecutionHarness;

namespace SolidarityGraph.GraphQL.Execution.Tests.Execution;

/// <summary>ExecutionModel.md: resolvers of one request never overlap; mutations run in order; cancellation stops execution.</summary>
public sealed class ExecutionModelTests
{
    private const string Sdl = """
        type Item { a: Int b: Int }
        type Query { items: [Item] x: Int y: Int }
        type Mutation { first: Int second: Int third: Int }
        """;

    [Fact]
    public async Task AsyncResolversOfOneRequestNeverRunAtTheSameTime()
    {
        var active = 0;
        var maxActive = 0;
        var calls = 0;
        async ValueTask<object?> Slow(Types.Resolvers.IResolverContext context)
        {
            var now = Interlocked.Increment(ref active);
            maxActive = Math.Max(maxActive, now);
            await Task.Delay(2);
            Interlocked.Decrement(ref active);
            Interlocked.Increment(ref calls);
            return 1;
        }

        var options = new SchemaBuildOptions()
            .AddResolver("Query", "x", Slow).AddResolver("Query", "y", Slow)
            .AddResolver("Item", "a", Slow).AddResolver("Item", "b", Slow);
        var root = Map(("items", Enumerable.Range(0, 5).Select(_ => (object?)new object()).ToList()));
        var result = await RunAsync(Schema(Sdl, options), "{ x items { a b } y }", root);
        Assert.Empty(result.Errors);
        Assert.Equal(12, calls);
        Assert.Equal(1, maxActive);
    }

    [Fact]
    public async Task MutationRootFieldsRunInDocumentOrder()
    {
        var order = new List<string>();
        var options = new SchemaBuildOptions();
        foreach (var name in new[] { "first", "second", "third" })
        {
            options.AddResolver("Mutation", name, async context =>
            {
                await Task.Yield();
                order.Add(context.Field.Name);
                return order.Count;
            });
        }

        var result = await RunAsync(Schema(Sdl, options), "mutation { c: third a: first b: second }");
        Assert.Equal(new[] { "third", "first", "second" }, order);
        Assert.Equal("{\"data\":{\"c\":1,\"a\":2,\"b\":3}}", ResultWriter.ToJson(result));
    }

    [Fact]
    public async Task ACancelledRequestStopsWithAnError()
    {
        using var cancellation = new CancellationTokenSource();
        var options = new SchemaBuildOptions().AddResolver("Query", "x", _ =>
        {
            cancellation.Cancel();
            return new ValueTask<object?>(1);
        });
        var result = await RunAsync(Schema(Sdl, options), "{ x y }", cancellationToken: cancellation.Token);
        Assert.Null(result.Data);
        Assert.Equal(ExecutionErrorCodes.ExecutionCancelled, Assert.Single(result.Errors).Code);
    }
}
