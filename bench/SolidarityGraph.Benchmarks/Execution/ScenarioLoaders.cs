using System.Security.Cryptography;
using System.Text;
using SolidarityGraph.GraphQL.DataLoader;
using SolidarityGraph.GraphQL.Types.Resolvers;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.Benchmarks.Execution;

/// <summary>
/// The resolvers of the HTTP benchmark server (<c>bench/SolidarityGraph.Bench.Server</c>) in process: MD5 per author,
/// books by author and reviews by book through the request's batch DataLoaders, so the Q2 and Q3 cases measure the
/// executor's scheduling of parked fields (one batch per list level) without HTTP.
/// </summary>
internal static class ScenarioLoaders
{
    private static readonly IReadOnlyList<Book> NoBooks = [];
    private static readonly IReadOnlyList<Review> NoReviews = [];

    public static SchemaBuildOptions Resolvers(ScenarioData data) => new SchemaBuildOptions()
        .AddResolver("Query", "hello", _ => new ValueTask<object?>("world"))
        .AddResolver("Query", "authors", context =>
        {
            var first = Math.Max(0, context.GetArgument<int>("first"));
            return new ValueTask<object?>(first >= data.Authors.Count ? data.Authors : data.Authors.Take(first).ToArray());
        })
        .AddResolver("Query", "author", context =>
            new ValueTask<object?>(data.AuthorsById.GetValueOrDefault(context.GetArgument<string>("id"))))
        .AddResolver("Author", "md5", context => new ValueTask<object?>(Md5(((Author)context.Parent!).Name)))
        .AddResolver("Author", "books", async context => await BooksOf(context, data, ((Author)context.Parent!).Id))
        .AddResolver("Book", "reviews", async context =>
        {
            var reviews = (await ReviewsOf(context, data, ((Book)context.Parent!).Id))!;
            var first = Math.Max(0, context.GetArgument<int>("first"));
            return first >= reviews.Count ? reviews : reviews.Take(first).ToArray();
        });

    private static Task<IReadOnlyList<Book>?> BooksOf(IResolverContext context, ScenarioData data, string authorId) =>
        context.BatchLoader<string, IReadOnlyList<Book>>(
            "booksByAuthor", (keys, _) => Batch(keys, data.BooksByAuthorId, NoBooks)).LoadAsync(authorId);

    private static Task<IReadOnlyList<Review>?> ReviewsOf(IResolverContext context, ScenarioData data, string bookId) =>
        context.BatchLoader<string, IReadOnlyList<Review>>(
            "reviewsByBook", (keys, _) => Batch(keys, data.ReviewsByBookId, NoReviews)).LoadAsync(bookId);

    private static Task<IReadOnlyDictionary<string, IReadOnlyList<T>>> Batch<T>(
        IReadOnlyList<string> keys, IReadOnlyDictionary<string, IReadOnlyList<T>> index, IReadOnlyList<T> none)
    {
        var values = new Dictionary<string, IReadOnlyList<T>>(keys.Count, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            values[key] = index.GetValueOrDefault(key, none);
        }

        return Task.FromResult<IReadOnlyDictionary<string, IReadOnlyList<T>>>(values);
    }

    private static string Md5(string name)
    {
        Span<byte> utf8 = stackalloc byte[Encoding.UTF8.GetMaxByteCount(name.Length)];
        var length = Encoding.UTF8.GetBytes(name, utf8);
        Span<byte> hash = stackalloc byte[MD5.HashSizeInBytes];
        MD5.HashData(utf8[..length], hash);
        return Convert.ToHexStringLower(hash);
    }
}
