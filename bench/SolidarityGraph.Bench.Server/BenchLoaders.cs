using SolidarityGraph.GraphQL.DataLoader;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.Bench.Server;

/// <summary>
/// Books by author and reviews by book through the engine's request-scoped batch DataLoaders, like the Node peers'
/// <c>dataloader</c> instances: the batch function maps every key of one tree level to its list. Every batch-function
/// call counts as one loader ("SQL") call in <c>/__stats</c>.
/// </summary>
internal static class BenchLoaders
{
    private static readonly IReadOnlyList<Book> NoBooks = [];
    private static readonly IReadOnlyList<Review> NoReviews = [];

    public static Task<IReadOnlyList<Book>?> BooksOf(IResolverContext context, BenchData data, string authorId) =>
        context.BatchLoader<string, IReadOnlyList<Book>>(
            "booksByAuthor", (keys, _) => Batch(keys, data.BooksByAuthorId, NoBooks)).LoadAsync(authorId);

    public static Task<IReadOnlyList<Review>?> ReviewsOf(IResolverContext context, BenchData data, string bookId) =>
        context.BatchLoader<string, IReadOnlyList<Review>>(
            "reviewsByBook", (keys, _) => Batch(keys, data.ReviewsByBookId, NoReviews)).LoadAsync(bookId);

    private static Task<IReadOnlyDictionary<string, IReadOnlyList<T>>> Batch<T>(
        IReadOnlyList<string> keys, IReadOnlyDictionary<string, IReadOnlyList<T>> index, IReadOnlyList<T> none)
    {
        BenchStats.CountLoaderCall();
        var values = new Dictionary<string, IReadOnlyList<T>>(keys.Count, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            values[key] = index.GetValueOrDefault(key, none);
        }

        return Task.FromResult<IReadOnlyDictionary<string, IReadOnlyList<T>>>(values);
    }
}
