using SolidarityGraph.GraphQL.DataLoader;
using SolidarityGraph.GraphQL.Execution.Tests.DataLoader;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Execution.Tests.Execution.Scheduling;

/// <summary>ExecutionModel.md: the request gate, its interplay with dispatch rounds, and serial mutations.</summary>
public sealed class RequestSchedulerTests
{
    private const string Sdl = "type Query { value(n: Int!): Int }";

    private static readonly string ManySiblings = "{ " + string.Join(" ", Enumerable.Range(1, 20).Select(n => $"v{n}: value(n: {n})")) + " }";

    private static readonly string ExpectedSiblings =
        "{\"data\":{" + string.Join(",", Enumerable.Range(1, 20).Select(n => $"\"v{n}\":{n * 2}")) + "}}";

    [Fact]
    public async Task SiblingsParkedOnALoaderInterleaveAndShareOneRound()
    {
        var probe = new OverlapProbe();
        var scope = new DataLoaderScope();
        var schema = ValueSchema(probe.Resolve, synchronized: false);
        var result = await Library.RunAsync(schema, ManySiblings, scope);

        Assert.Equal(ExpectedSiblings, ResultWriter.ToJson(result));
        Assert.Equal(20, probe.MaxActive);
        Assert.Equal(1, scope.Rounds);
    }

    [Fact]
    public async Task SynchronizedResolversHoldTheGateWhileAwaitingALoaderWithoutDeadlock()
    {
        var probe = new OverlapProbe();
        var scope = new DataLoaderScope();
        var schema = ValueSchema(probe.Resolve, synchronized: true);
        var result = await Library.RunAsync(schema, ManySiblings, scope);

        Assert.Equal(ExpectedSiblings, ResultWriter.ToJson(result));
        Assert.Equal(1, probe.MaxActive);
        Assert.Equal(20, scope.Rounds);
    }

    [Fact]
    public async Task AnExplicitGateLeaseSerialisesDelegateResolversToo()
    {
        var probe = new OverlapProbe();
        var schema = ValueSchema(
            async context =>
            {
                using var lease = await context.EnterSynchronizedAsync();
                return await probe.Resolve(context);
            },
            synchronized: false);
        var result = await Library.RunAsync(schema, ManySiblings);

        Assert.Equal(ExpectedSiblings, ResultWriter.ToJson(result));
        Assert.Equal(1, probe.MaxActive);
    }

    [Fact]
    public async Task MutationRootFieldsFinishWithTheirLoadsBeforeTheNextStarts()
    {
        var events = new List<string>();
        var batches = new List<int[]>();
        FieldResolver rename = async context =>
        {
            var id = context.GetArgument<int>("id");
            events.Add("start " + id);
            var author = await context.BatchLoader<int, Author>("authors", (keys, _) =>
            {
                batches.Add(keys.ToArray());
                return Task.FromResult<IReadOnlyDictionary<int, Author>>(Library.Authors.ToDictionary(a => a.Id));
            }).LoadAsync(id);
            events.Add("end " + id);
            return author;
        };
        var schema = Library.Schema(new SchemaBuildOptions().AddResolver("Mutation", "rename", rename).AddResolver("Query", "author", rename));

        var mutation = await Library.RunAsync(schema, "mutation { c: rename(id: 3) { name } a: rename(id: 1) { name } b: rename(id: 2) { name } }");
        Assert.Equal(new[] { "start 3", "end 3", "start 1", "end 1", "start 2", "end 2" }, events);
        Assert.Equal(new[] { new[] { 3 }, new[] { 1 }, new[] { 2 } }, batches);
        Assert.Equal(
            "{\"data\":{\"c\":{\"name\":\"Author 3\"},\"a\":{\"name\":\"Author 1\"},\"b\":{\"name\":\"Author 2\"}}}",
            ResultWriter.ToJson(mutation));

        events.Clear();
        batches.Clear();
        await Library.RunAsync(schema, "{ c: author(id: 3) { name } a: author(id: 1) { name } b: author(id: 2) { name } }");
        Assert.Equal(new[] { new[] { 3, 1, 2 } }, batches);
        Assert.Equal(new[] { "start 3", "start 1", "start 2" }, events.Take(3));
    }

    [Fact]
    public async Task ABatchFunctionMayAwaitAnotherLoader()
    {
        var authorCalls = 0;
        var options = Library.Resolvers(_ => new BooksByAuthorLoader(), _ => new ReviewsByBookLoader())
            .AddResolver("Query", "books", async context =>
            {
                var authors = context.BatchLoader<int, Author>("authors", (keys, _) =>
                {
                    authorCalls++;
                    return Task.FromResult<IReadOnlyDictionary<int, Author>>(Library.Authors.Where(a => keys.Contains(a.Id)).ToDictionary(a => a.Id));
                });
                var titles = context.BatchLoader<int, Book>("booksWithKnownAuthor", async (keys, _) =>
                {
                    var known = await authors.LoadAsync(Library.Books.Where(b => keys.Contains(b.Id)).Select(b => b.AuthorId).Distinct());
                    return Library.Books.Where(b => keys.Contains(b.Id) && known.Any(a => a?.Id == b.AuthorId)).ToDictionary(b => b.Id);
                });
                return await titles.LoadAsync(new[] { 11, 22, 33 });
            });
        var result = await Library.RunAsync(Library.Schema(options), "{ books { title } }");

        Assert.Equal("{\"data\":{\"books\":[{\"title\":\"Book 1.1\"},{\"title\":\"Book 2.2\"},{\"title\":\"Book 3.3\"}]}}", ResultWriter.ToJson(result));
        Assert.Equal(1, authorCalls);
    }

    private static Schema ValueSchema(FieldResolver resolver, bool synchronized)
    {
        var schema = SchemaBuilder.Build(Sdl, new SchemaBuildOptions().AddResolver("Query", "value", resolver));
        ServiceSynchronization.MarkField(schema.QueryType!.Fields.Find("value")!, synchronized);
        return schema;
    }

    /// <summary>A resolver that counts how many of its invocations are between start and end at once.</summary>
    private sealed class OverlapProbe
    {
        private int _active;
        private int _maxActive;

        public int MaxActive => _maxActive;

        public async ValueTask<object?> Resolve(IResolverContext context)
        {
            var now = Interlocked.Increment(ref _active);
            InterlockedMax(ref _maxActive, now);
            var doubled = await context.BatchLoader<int, int>("double", (keys, _) =>
                Task.FromResult<IReadOnlyDictionary<int, int>>(keys.ToDictionary(k => k, k => k * 2)))
                .LoadAsync(context.GetArgument<int>("n"));
            Interlocked.Decrement(ref _active);
            return doubled;
        }

        private static void InterlockedMax(ref int target, int value)
        {
            int current;
            while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
            {
            }
        }
    }
}
