using SolidarityGraph.GraphQL.DataLoader;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Execution.Tests.DataLoader;

/// <summary>
/// ExecutionModel.md: a resolver that finishes on another thread than the driver must not let a round start before
/// its completion is queued, or the next level is split into two batches.
/// </summary>
public sealed class BatchingRaceTests
{
    private const string NestedQuery = "{ authors { name books { title reviews { stars } } } }";

    [Fact]
    public async Task ResolversFinishingOnAnotherThreadStillShareOneBatchPerLevel()
    {
        var books = new BooksByAuthorLoader();
        var options = Library.Resolvers(_ => books, context => context.DataLoader<ReviewsByBookLoader>())
            .AddResolver("Author", "books", async context =>
            {
                var loaded = await books.LoadAsync(((Author)context.Parent!).Id);

                // The rest of the resolver runs on a thread-pool thread, racing with the driver that resumed it.
                await Task.Yield();
                return loaded;
            });
        var schema = Library.Schema(options);
        var expected = Library.ExpectedNestedJson();
        var splitRounds = 0;
        var runs = 0;
        var deadline = DateTime.UtcNow.AddSeconds(2);
        for (; runs < 5000 && DateTime.UtcNow < deadline; runs++)
        {
            books = new BooksByAuthorLoader();
            var scope = new DataLoaderScope();
            var result = await Library.RunAsync(schema, NestedQuery, scope);

            Assert.Equal(expected, ResultWriter.ToJson(result));
            if (scope.GetOrCreate<ReviewsByBookLoader>().BatchCount != 1)
            {
                splitRounds++;
            }
        }

        Assert.True(splitRounds == 0, $"The reviews level was split into several batches in {splitRounds} of {runs} runs.");
    }
}
