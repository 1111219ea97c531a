using SolidarityGraph.GraphQL.DataLoader;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Execution.Tests.DataLoader;

/// <summary>ExecutionModel.md: keys requested while a level of the tree resolves are fetched in one batch per loader.</summary>
public sealed class BatchingTests
{
    private const string NestedQuery = "{ authors { name books { title reviews { stars } } } }";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task NestedListsCostOneBatchPerLevel(bool simulateIo)
    {
        var books = new BooksByAuthorLoader(simulateIo);
        var scope = new DataLoaderScope();
        var schema = Library.Schema(Library.Resolvers(_ => books, context => context.DataLoader<ReviewsByBookLoader>()));
        var result = await Library.RunAsync(schema, NestedQuery, scope);

        Assert.Equal(Library.ExpectedNestedJson(), ResultWriter.ToJson(result));
        Assert.Equal(new[] { new[] { 1, 2, 3 } }, books.Batches);
        var reviews = Assert.IsType<ReviewsByBookLoader>(Assert.Single(scope.Loaders));
        Assert.Equal(1, reviews.BatchCount);
        Assert.Equal(9, reviews.KeyCount);
        Assert.Equal(2, scope.Rounds);
    }

    [Fact]
    public async Task ResolversBusyWithOtherIoBeforeLoadingStillShareOneBatchPerLevel()
    {
        var books = new BooksByAuthorLoader();
        var options = Library.Resolvers(_ => books, context => context.DataLoader<ReviewsByBookLoader>())
            .AddResolver("Author", "books", async context =>
            {
                // Real asynchrony (a timer), not Task.Yield: the test host's context may run posted work inline.
                await Task.Delay(1).ConfigureAwait(false);
                return await books.LoadAsync(((Author)context.Parent!).Id);
            });
        var scope = new DataLoaderScope();
        var result = await Library.RunAsync(Library.Schema(options), NestedQuery, scope);

        Assert.Equal(Library.ExpectedNestedJson(), ResultWriter.ToJson(result));
        Assert.Single(books.Batches);
        Assert.Equal(1, scope.GetOrCreate<ReviewsByBookLoader>().BatchCount);
    }

    [Fact]
    public async Task MixedIoAndLoadsAtEveryLevelStayBatchedAndNeverOverlap()
    {
        for (var run = 0; run < 10; run++)
        {
            var active = 0;
            var maxActive = 0;
            async Task BusyAsync()
            {
                var now = Interlocked.Increment(ref active);
                maxActive = Math.Max(maxActive, now);
                await Task.Delay(1).ConfigureAwait(false);
                Interlocked.Decrement(ref active);
            }

            var books = new BooksByAuthorLoader(simulateIo: true);
            var options = Library.Resolvers(_ => books, context => context.DataLoader<ReviewsByBookLoader>())
                .AddResolver("Author", "books", async context =>
                {
                    var author = (Author)context.Parent!;
                    if (author.Id != 2)
                    {
                        await BusyAsync();
                    }

                    return await books.LoadAsync(author.Id);
                })
                .AddResolver("Book", "reviews", async context =>
                {
                    var book = (Book)context.Parent!;
                    var reviews = await context.DataLoader<ReviewsByBookLoader>().LoadAsync(book.Id);
                    if (book.Id % 2 == 0)
                    {
                        await BusyAsync();
                    }

                    return reviews;
                });
            var scope = new DataLoaderScope();
            var result = await Library.RunAsync(Library.Schema(options), NestedQuery, scope);

            Assert.Equal(Library.ExpectedNestedJson(), ResultWriter.ToJson(result));
            Assert.Single(books.Batches);
            Assert.Equal(1, scope.GetOrCreate<ReviewsByBookLoader>().BatchCount);
            Assert.Equal(1, maxActive);
        }
    }

    [Fact]
    public async Task DelegateLoadersDefinedInlineBatchPerLevelToo()
    {
        var calls = new List<int>();
        var options = Library.Resolvers(
            context => context.GroupLoader<int, Book>("booksByAuthor", (keys, _) =>
            {
                calls.Add(keys.Count);
                return Task.FromResult(Library.Books.Where(b => keys.Contains(b.AuthorId)).ToLookup(b => b.AuthorId));
            }),
            context => context.GroupLoader<int, Review>("reviewsByBook", (keys, _) =>
            {
                calls.Add(keys.Count);
                return Task.FromResult(Library.Reviews.Where(r => keys.Contains(r.BookId)).ToLookup(r => r.BookId));
            }));
        var result = await Library.RunAsync(Library.Schema(options), NestedQuery);

        Assert.Equal(Library.ExpectedNestedJson(), ResultWriter.ToJson(result));
        Assert.Equal(new[] { 3, 9 }, calls);
    }

    [Fact]
    public async Task LoadersDefinedWithStateBatchPerLevelAndFetchWithTheirState()
    {
        // Static fetch functions: what they read comes in as the state the loader keeps, not as a closure per call.
        var calls = new List<(string Loader, int Keys)>();
        var options = Library.Resolvers(
            context => context.GroupLoader<int, Book, (List<(string, int)> Calls, string Name)>("booksByAuthor", (calls, "books"), static (state, keys, _) =>
            {
                state.Calls.Add((state.Name, keys.Count));
                return Task.FromResult(Library.Books.Where(b => keys.Contains(b.AuthorId)).ToLookup(b => b.AuthorId));
            }),
            context => context.GroupLoader<int, Review, (List<(string, int)> Calls, string Name)>("reviewsByBook", (calls, "reviews"), static (state, keys, _) =>
            {
                state.Calls.Add((state.Name, keys.Count));
                return Task.FromResult(Library.Reviews.Where(r => keys.Contains(r.BookId)).ToLookup(r => r.BookId));
            }),
            context => context.BatchLoader<int, Author, List<(string, int)>>("authorById", calls, static (calls, keys, _) =>
            {
                calls.Add(("authors", keys.Count));
                return Task.FromResult<IReadOnlyDictionary<int, Author>>(Library.Authors.Where(a => keys.Contains(a.Id)).ToDictionary(a => a.Id));
            }));
        var result = await Library.RunAsync(Library.Schema(options), NestedQuery);
        var authors = await Library.RunAsync(Library.Schema(options), "{ a: author(id: 1) { name } b: author(id: 2) { name } c: author(id: 1) { name } }");

        Assert.Equal(Library.ExpectedNestedJson(), ResultWriter.ToJson(result));
        Assert.Empty(authors.Errors);
        Assert.Equal(new[] { ("books", 3), ("reviews", 9), ("authors", 2) }, calls);
    }

    [Fact]
    public async Task MaxBatchSizeSplitsARoundIntoSeveralCalls()
    {
        var scope = new DataLoaderScope();
        var reviews = scope.GetOrCreate("reviews", () => new DelegateReviews(new DataLoaderOptions { MaxBatchSize = 2 }));
        var books = new BooksByAuthorLoader(options: new DataLoaderOptions { MaxBatchSize = 2 });
        var schema = Library.Schema(Library.Resolvers(_ => books, _ => reviews));
        var result = await Library.RunAsync(schema, NestedQuery, scope);

        Assert.Equal(Library.ExpectedNestedJson(), ResultWriter.ToJson(result));
        Assert.Equal(new[] { new[] { 1, 2 }, new[] { 3 } }, books.Batches);
        Assert.Equal(new[] { 2, 2, 2, 2, 1 }, reviews.Sizes);
        Assert.Equal(2, scope.Rounds);
    }

    [Fact]
    public async Task GroupedLoaderGivesAnEmptyArrayForAKeyWithoutValues()
    {
        var options = Library.Resolvers(_ => new BooksByAuthorLoader(), context => context.GroupLoader<int, Review>(
            "none", (keys, _) => Task.FromResult(Array.Empty<Review>().ToLookup(r => r.BookId))));
        var result = await Library.RunAsync(Library.Schema(options), "{ authors { books { reviews { stars } } } }");

        Assert.Empty(result.Errors);
        Assert.DoesNotContain("\"stars\"", ResultWriter.ToJson(result));
        Assert.Contains("\"reviews\":[]", ResultWriter.ToJson(result));
    }

    [Fact]
    public async Task ResponseKeysKeepCollectFieldsOrderWhenLaterSiblingsFinishFirst()
    {
        var options = new SchemaBuildOptions()
            .AddResolver("Query", "author", async context =>
                await context.BatchLoader<int, Author>("byId", (keys, _) =>
                    Task.FromResult<IReadOnlyDictionary<int, Author>>(Library.Authors.Where(a => keys.Contains(a.Id)).ToDictionary(a => a.Id)))
                .LoadAsync(context.GetArgument<int>("id")))
            .AddResolver("Query", "books", _ => new ValueTask<object?>(Library.Books.Take(1)));
        var result = await Library.RunAsync(Library.Schema(options), "{ first: author(id: 1) { name } books { title } last: author(id: 3) { name } }");

        Assert.Equal(
            "{\"data\":{\"first\":{\"name\":\"Author 1\"},\"books\":[{\"title\":\"Book 1.1\"}],\"last\":{\"name\":\"Author 3\"}}}",
            ResultWriter.ToJson(result));
    }

    [Fact]
    public async Task ALoaderUsedOutsideARequestFetchesEachCallAtOnce()
    {
        var books = new BooksByAuthorLoader();
        var single = await books.LoadAsync(2);
        var many = await books.LoadAsync(new[] { 1, 3, 1 });

        Assert.Equal(Library.Books.Where(b => b.AuthorId == 2), single);
        Assert.Equal(new[] { 1, 3, 1 }, many.Select(group => group[0].AuthorId));
        Assert.Equal(new[] { new[] { 2 }, new[] { 1, 3 } }, books.Batches);
    }

    private sealed class DelegateReviews(DataLoaderOptions options) : GroupedDataLoader<int, Review>(options)
    {
        public List<int> Sizes { get; } = new();

        protected override Task<ILookup<int, Review>> LoadGroupedBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            Sizes.Add(keys.Count);
            return Task.FromResult(Library.Reviews.Where(r => keys.Contains(r.BookId)).ToLookup(r => r.BookId));
        }
    }
}
