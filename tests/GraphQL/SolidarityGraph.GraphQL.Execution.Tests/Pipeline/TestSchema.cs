using SolidarityGraph.GraphQL.Execution;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Execution.Tests.Pipeline;

/// <summary>
/// A small SDL-built schema for the pipeline tests here and the HTTP tests (SolidarityGraph.GraphQL.AspNetCore.Tests
/// compiles this file too): a greeting, a slow field that honours cancellation, an expensive field that counts its
/// calls, a recursive type for depth tests, a failing field and a mutation.
/// </summary>
internal static class TestSchema
{
    public const string Sdl = """
        type Query {
          hello(name: String = "world"): String!
          slow(ms: Int!): String
          expensive: Int
          node: Node
          fail: String
          nothing: String!
        }

        type Node {
          id: ID!
          name: String
          child: Node
        }

        type Mutation {
          increment(by: Int! = 1): Int!
        }
        """;

    public static Schema Build(TestSchemaState state)
    {
        var options = new SchemaBuildOptions()
            .AddResolver("Query", "hello", context => new ValueTask<object?>($"Hello, {context.GetArgument<string>("name")}!"))
            .AddResolver("Query", "slow", async context =>
            {
                try
                {
                    await Task.Delay(context.GetArgument<int>("ms"), context.CancellationToken);
                    return "done";
                }
                catch (OperationCanceledException)
                {
                    state.SlowCancelled.TrySetResult();
                    throw;
                }
            })
            .AddResolver("Query", "expensive", _ => new ValueTask<object?>(Interlocked.Increment(ref state.ExpensiveCalls)))
            .AddResolver("Query", "node", _ => new ValueTask<object?>(new TestNode(1)))
            .AddResolver("Query", "fail", _ => throw new GraphQLException("This field always fails.", "TEST_FAILURE"))
            .AddResolver("Query", "nothing", _ => new ValueTask<object?>((object?)null))
            .AddResolver("Node", "child", context => new ValueTask<object?>(new TestNode(((TestNode)context.Parent!).Id + 1)))
            .AddResolver("Mutation", "increment", context => new ValueTask<object?>(
                Interlocked.Add(ref state.Counter, context.GetArgument<int>("by"))));
        return SchemaBuilder.Build(Sdl, options);
    }

    private sealed record TestNode(int Id)
    {
        public string Name => $"node {Id}";
    }
}

/// <summary>What the test schema's resolvers observed, per server.</summary>
internal sealed class TestSchemaState
{
    public int ExpensiveCalls;
    public int Counter;

    public TaskCompletionSource SlowCancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
