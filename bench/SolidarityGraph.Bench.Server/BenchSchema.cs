using System.Security.Cryptography;
using System.Text;
using SolidarityGraph.GraphQL.Execution;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.Bench.Server;

/// <summary>
/// <c>bench/scenario/schema.graphql</c> bound to resolvers that do the same work as the Node peers'
/// (<c>bench/peers/shared/schema.mjs</c>): MD5 per request, books and reviews through request-scoped DataLoaders,
/// and the same fixed-size mutation ring.
/// </summary>
internal static class BenchSchema
{
    private const int RingSize = 10_000;
    private const int LateAfterRequests = 300;
    private static readonly Review[] Ring = new Review[RingSize];
    private static long _written;

    public static Schema Build(string scenarioDirectory, BenchData data)
    {
        var sabotage = SabotageMode();
        var options = new SchemaBuildOptions()
            .AddResolver("Query", "hello", context => Value(Check(sabotage) ?? "world"))
            .AddResolver("Query", "authors", context =>
            {
                Check(sabotage);
                var first = Math.Max(0, context.GetArgument<int>("first"));
                return Value(first >= data.Authors.Count ? data.Authors : data.Authors.Take(first).ToArray());
            })
            .AddResolver("Query", "author", context => Value(Check(sabotage) ?? data.AuthorsById.GetValueOrDefault(context.GetArgument<string>("id"))))
            .AddResolver("Author", "md5", context => Value(Md5(((Author)context.Parent!).Name, sabotage == "data")))
            .AddResolver("Author", "books", async context => await BenchLoaders.BooksOf(context, data, ((Author)context.Parent!).Id))
            .AddResolver("Book", "reviews", async context =>
            {
                var reviews = (await BenchLoaders.ReviewsOf(context, data, ((Book)context.Parent!).Id))!;
                var first = Math.Max(0, context.GetArgument<int>("first"));
                return first >= reviews.Count ? reviews : reviews.Take(first).ToArray();
            })
            .AddResolver("Mutation", "addReview", context => Value(AddReview(context, data, sabotage)));
        return SchemaBuilder.Build(File.ReadAllText(Path.Combine(scenarioDirectory, "schema.graphql")), options);
    }

    private static ValueTask<object?> Value(object? value) => new(value);

    private static string Md5(string name, bool broken)
    {
        Span<byte> utf8 = stackalloc byte[Encoding.UTF8.GetMaxByteCount(name.Length + 1)];
        var length = Encoding.UTF8.GetBytes(broken ? name + "!" : name, utf8);
        Span<byte> hash = stackalloc byte[MD5.HashSizeInBytes];
        MD5.HashData(utf8[..length], hash);
        return Convert.ToHexStringLower(hash);
    }

    private static Review AddReview(IResolverContext context, BenchData data, string? sabotage)
    {
        Check(sabotage);
        var bookId = context.GetArgument<string>("bookId");
        if (!data.BooksById.ContainsKey(bookId))
        {
            throw new GraphQLException($"Unknown book '{bookId}'.");
        }

        // A fixed ring keeps memory flat under load; fixed-width ids keep every response the same size.
        var slot = (int)((Interlocked.Increment(ref _written) - 1) % RingSize);
        var review = new Review($"new-{slot:D4}", bookId, context.GetArgument<int>("stars"), context.GetArgument<string>("body"));
        Ring[slot] = review;
        return review;
    }

    // BENCH_BREAK=sg breaks the data, BENCH_BREAK=sg:late fails after 300 requests (bench/peers/shared/sabotage.mjs).
    private static string? SabotageMode()
    {
        var parts = (Environment.GetEnvironmentVariable("BENCH_BREAK") ?? "").Split(':');
        return parts[0] != "sg" ? null : parts.Length > 1 && parts[1] == "late" ? "late" : "data";
    }

    private static object? Check(string? sabotage) =>
        sabotage == "late" && BenchStats.Requests > LateAfterRequests
            ? throw new GraphQLException("broken on purpose")
            : null;
}
