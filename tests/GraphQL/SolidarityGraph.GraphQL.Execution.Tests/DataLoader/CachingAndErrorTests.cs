using SolidarityGraph.GraphQL.DataLoader;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Execution.Tests.DataLoader;

/// <summary>Per-request caching, errors per key, and cancellation reaching batch functions.</summary>
public sealed class CachingAndErrorTests
{
    [Fact]
    public async Task TheSameKeyTwiceInARequestIsFetchedOnce()
    {
        var authors = new AuthorsById();
        var scope = new DataLoaderScope();
        var schema = Library.Schema(Library.Resolvers(_ => new BooksByAuthorLoader(), _ => new ReviewsByBookLoader(), _ => authors));
        var result = await Library.RunAsync(schema, "{ a: author(id: 1) { name } b: author(id: 1) { name books { author { name } } } }", scope);

        Assert.Empty(result.Errors);
        Assert.Equal(new[] { new[] { 1 } }, authors.Batches);
        Assert.Equal(5, ResultWriter.ToJson(result).Split("\"name\":\"Author 1\"").Length - 1);
    }

    [Fact]
    public async Task NoValueIsCachedAcrossRequests()
    {
        var fetched = 0;
        var options = Library.Resolvers(_ => new BooksByAuthorLoader(), _ => new ReviewsByBookLoader(), context => context.BatchLoader<int, Author>(
            "authorById",
            (keys, _) =>
            {
                Interlocked.Add(ref fetched, keys.Count);
                return Task.FromResult<IReadOnlyDictionary<int, Author>>(Library.Authors.Where(a => keys.Contains(a.Id)).ToDictionary(a => a.Id));
            }));
        var schema = Library.Schema(options);
        await Library.RunAsync(schema, "{ a: author(id: 2) { name } b: author(id: 2) { name } }");
        await Library.RunAsync(schema, "{ a: author(id: 2) { name } b: author(id: 2) { name } }");

        Assert.Equal(2, fetched);
    }

    [Fact]
    public async Task WithoutCachingAKeyIsFetchedAgainInALaterRound()
    {
        var authors = new AuthorsById(new DataLoaderOptions { Caching = false });
        var schema = Library.Schema(Library.Resolvers(_ => new BooksByAuthorLoader(), _ => new ReviewsByBookLoader(), _ => authors));
        var result = await Library.RunAsync(schema, "{ a: author(id: 1) { books { author { name } } } b: author(id: 1) { name } }");

        Assert.Empty(result.Errors);
        Assert.Equal(new[] { new[] { 1 }, new[] { 1 } }, authors.Batches);
    }

    [Fact]
    public async Task AFailedKeyIsAFieldErrorOnTheFieldsThatAskedForIt()
    {
        var authors = new AuthorsById(failing: 2);
        var schema = Library.Schema(Library.Resolvers(_ => new BooksByAuthorLoader(), _ => new ReviewsByBookLoader(), _ => authors));
        var result = await Library.RunAsync(schema, "{ books { title author { name } } }");

        Assert.Single(authors.Batches);
        Assert.Equal(3, result.Errors.Count);
        Assert.All(result.Errors, error => Assert.Equal("Author 2 is unavailable.", error.Message));
        Assert.Equal(new object[] { "books", 3, "author" }, result.Errors[0].Path);
        var json = ResultWriter.ToJson(result);
        Assert.Contains("{\"title\":\"Book 2.1\",\"author\":null}", json);
        Assert.Contains("{\"title\":\"Book 3.3\",\"author\":{\"name\":\"Author 3\"}}", json);
    }

    [Fact]
    public async Task AFailedBatchFailsItsOwnKeysOnly()
    {
        var scope = new DataLoaderScope();
        var authors = scope.GetOrCreate("authors", () => new AuthorsById(new DataLoaderOptions { MaxBatchSize = 1 }, throwFor: 3));
        var schema = Library.Schema(Library.Resolvers(_ => new BooksByAuthorLoader(), _ => new ReviewsByBookLoader(), _ => authors));
        var result = await Library.RunAsync(schema, "{ a: author(id: 1) { name } b: author(id: 3) { name } c: author(id: 2) { name } }", scope);

        Assert.Equal(3, authors.BatchCount);
        var error = Assert.Single(result.Errors);
        Assert.Equal(new object[] { "b" }, error.Path);
        Assert.Equal("Batch with author 3 failed.", error.Message);
        Assert.EndsWith(
            "\"data\":{\"a\":{\"name\":\"Author 1\"},\"b\":null,\"c\":{\"name\":\"Author 2\"}}}",
            ResultWriter.ToJson(result));
    }

    [Fact]
    public async Task CacheLoaderFetchesEachKeyOnceAndFailsKeysSeparately()
    {
        var fetched = new List<int>();
        var options = Library.Resolvers(_ => new BooksByAuthorLoader(), _ => new ReviewsByBookLoader(), context => context.CacheLoader<int, Author?>(
            "single",
            (key, _) =>
            {
                fetched.Add(key);
                return key == 3 ? throw new GraphQLException("No author 3.") : Task.FromResult<Author?>(Library.Authors[key - 1]);
            }));
        var result = await Library.RunAsync(Library.Schema(options), "{ a: author(id: 1) { name } b: author(id: 3) { name } c: author(id: 1) { name } }");

        Assert.Equal(new[] { 1, 3 }, fetched);
        Assert.Equal("No author 3.", Assert.Single(result.Errors).Message);
        Assert.Contains("\"c\":{\"name\":\"Author 1\"}", ResultWriter.ToJson(result));
    }

    [Fact]
    public async Task CancellationReachesTheRunningBatchFunction()
    {
        using var cancellation = new CancellationTokenSource();
        var started = new TaskCompletionSource();
        var observed = false;
        var options = Library.Resolvers(_ => new BooksByAuthorLoader(), _ => new ReviewsByBookLoader(), context => context.BatchLoader<int, Author>(
            "slow",
            async (keys, token) =>
            {
                started.SetResult();
                try
                {
                    await Task.Delay(Timeout.Infinite, token);
                }
                catch (OperationCanceledException)
                {
                    observed = true;
                    throw;
                }

                return new Dictionary<int, Author>();
            }));
        var run = Library.RunAsync(Library.Schema(options), "{ author(id: 1) { name } }", cancellationToken: cancellation.Token);
        await started.Task;
        cancellation.Cancel();
        var result = await Library.WithinAsync(run);

        Assert.True(observed);
        Assert.Null(result.Data);
        Assert.Equal(ExecutionErrorCodes.ExecutionCancelled, Assert.Single(result.Errors).Code);
    }

    /// <summary>Authors by id; can fail one key (through <see cref="BatchResults{TKey, TValue}"/>) or throw for a batch.</summary>
    private sealed class AuthorsById(DataLoaderOptions? options = null, int failing = 0, int throwFor = 0) : BatchDataLoader<int, Author>(options)
    {
        public List<int[]> Batches { get; } = new();

        protected override Task<IReadOnlyDictionary<int, Author>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            Batches.Add(keys.ToArray());
            if (keys.Contains(throwFor))
            {
                throw new GraphQLException($"Batch with author {throwFor} failed.");
            }

            var results = new BatchResults<int, Author>();
            foreach (var author in Library.Authors.Where(a => keys.Contains(a.Id)))
            {
                if (author.Id == failing)
                {
                    results.Fail(author.Id, new GraphQLException($"Author {author.Id} is unavailable."));
                }
                else
                {
                    results.Add(author.Id, author);
                }
            }

            return Task.FromResult<IReadOnlyDictionary<int, Author>>(results);
        }
    }
}
