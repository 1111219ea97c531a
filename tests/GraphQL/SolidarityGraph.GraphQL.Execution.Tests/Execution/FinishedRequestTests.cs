using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Utilities;
using SolidarityGraph.Testing;

namespace SolidarityGraph.GraphQL.Execution.Tests.Execution;

/// <summary>
/// Nothing keeps a finished request: not the kept field sets of its document, not the execution flow its resolvers'
/// continuations captured, not the pooled pending results or contexts. The requests here finish on another thread,
/// as one whose last database read completes on a pool thread does (PostgreSQL): the caller then resumes on that
/// thread above the request's completed frames, which hold the request until the caller yields
/// (<see cref="Reachability"/>).
/// </summary>
public sealed class FinishedRequestTests
{
    private const string Sdl = "type Query { items: [Item!]! } type Item { name: String! tags: [String!]! }";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AFinishedRequestIsCollectedOnceItsCallerMovesOn(bool finishesOnAnotherThread)
    {
        var schema = BuildSchema(finishesOnAnotherThread);
        var document = Parser.Parse("{ items { name tags } }");
        await RunAsync(schema, document);
        await RunAsync(schema, document);

        var request = await RunAndForgetAsync(schema, document);

        Assert.True(await Reachability.IsCollectedAsync(request));
    }

    [Fact]
    public async Task ARequestsContextDataServesItsResolversOnEveryThread()
    {
        var contextData = new Dictionary<string, object?>(StringComparer.Ordinal);

        Assert.Equal(
            "{\"data\":{\"items\":[{\"name\":\"a\",\"tags\":[\"x\",\"y\"]},{\"name\":\"b\",\"tags\":[\"z\"]}]}}",
            await RunAsync(BuildSchema(finishesOnAnotherThread: true), Parser.Parse("{ items { name tags } }"), contextData));
        Assert.Equal(3, contextData["resolved"]);
    }

    /// <summary>Runs <paramref name="document"/> with context data of its own and returns a weak reference to that context data.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static async Task<WeakReference> RunAndForgetAsync(Schema schema, DocumentNode document)
    {
        var contextData = new Dictionary<string, object?>(StringComparer.Ordinal);
        await RunAsync(schema, document, contextData);
        Assert.Equal(3, contextData["resolved"]);
        return new WeakReference(contextData);
    }

    private static async Task<string> RunAsync(Schema schema, DocumentNode document, IDictionary<string, object?>? contextData = null)
    {
        var result = await Executor.ExecuteAsync(new ExecutionRequest(schema, document) { ContextData = contextData });
        Assert.Empty(result.Errors);
        return ResultWriter.ToJson(result);
    }

    private static Schema BuildSchema(bool finishesOnAnotherThread)
    {
        async ValueTask<object?> Resolve(Types.Resolvers.IResolverContext context, object? value)
        {
            if (finishesOnAnotherThread)
            {
                // Real asynchrony (a timer), not Task.Yield: the rest runs on the pool thread that completed it.
                await Task.Delay(1).ConfigureAwait(false);
            }

            lock (context.ContextData)
            {
                context.ContextData["resolved"] = (context.ContextData.TryGetValue("resolved", out var count) ? (int)count! : 0) + 1;
            }

            return value;
        }

        return ExecutionHarness.Schema(
            Sdl,
            new SchemaBuildOptions()
                .AddResolver("Query", "items", context => Resolve(context, new[] { new Item("a", ["x", "y"]), new Item("b", ["z"]) }))
                .AddResolver("Item", "tags", context => Resolve(context, ((Item)context.Parent!).Tags)));
    }

    private sealed record Item(string Name, string[] Tags);
}
