using System.Security.Cryptography;
using System.Text;
using GraphQL;
using GraphQL.Types;
using SolidarityGraph.Bench.Server;

namespace SolidarityGraph.Bench.GraphQLDotNet;

/// <summary>
/// <c>bench/scenario/schema.graphql</c> as graphql-dotnet code-first graph types, with the resolver work of the other
/// servers (<c>bench/peers/shared/schema.mjs</c>): MD5 per author per request, books and reviews through
/// request-scoped batch loaders, the same fixed-size mutation ring.
/// </summary>
internal static class BenchGraph
{
    public static Schema Build(BenchData data, Sabotage sabotage) => new()
    {
        Query = new QueryType(data, sabotage),
        Mutation = new MutationType(data, sabotage),
    };

    private static BenchUserContext Loaders(IResolveFieldContext context) => (BenchUserContext)context.UserContext;

    private sealed class QueryType : ObjectGraphType
    {
        public QueryType(BenchData data, Sabotage sabotage)
        {
            Name = "Query";
            var authorType = new AuthorType(sabotage);
            Field<NonNullGraphType<StringGraphType>>("hello").Resolve(_ => sabotage.Check() ?? "world");
            Field("authors", new NonNullGraphType(new ListGraphType(new NonNullGraphType(authorType))))
                .Argument<IntGraphType>("first", argument => argument.DefaultValue = 20)
                .Resolve(context =>
                {
                    sabotage.Check();
                    var first = Math.Max(0, context.GetArgument<int>("first"));
                    return first >= data.Authors.Count ? data.Authors : data.Authors.Take(first).ToArray();
                });
            Field("author", authorType)
                .Argument<NonNullGraphType<IdGraphType>>("id")
                .Resolve(context => sabotage.Check() ?? data.AuthorsById.GetValueOrDefault(context.GetArgument<string>("id")));
        }
    }

    private sealed class AuthorType : ObjectGraphType<Author>
    {
        public AuthorType(Sabotage sabotage)
        {
            Name = "Author";
            Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
            Field<NonNullGraphType<StringGraphType>>("name").Resolve(context => context.Source.Name);
            Field<NonNullGraphType<StringGraphType>>("company").Resolve(context => context.Source.Company);
            Field<NonNullGraphType<StringGraphType>>("md5").Resolve(context => Md5(context.Source.Name, sabotage.BreaksData));
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<BookType>>>>("books")
                .Resolve(context => Loaders(context).BooksByAuthor.Load(context.Source.Id));
        }
    }

    private sealed class BookType : ObjectGraphType<Book>
    {
        public BookType()
        {
            Name = "Book";
            Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
            Field<NonNullGraphType<StringGraphType>>("name").Resolve(context => context.Source.Name);
            Field<NonNullGraphType<IntGraphType>>("numPages").Resolve(context => context.Source.NumPages);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewType>>>>("reviews")
                .Argument<IntGraphType>("first", argument => argument.DefaultValue = 5)
                .Resolve(context =>
                {
                    var first = Math.Max(0, context.GetArgument<int>("first"));
                    return new MappedResult<IReadOnlyList<Review>, IReadOnlyList<Review>>(
                        Loaders(context).ReviewsByBook.Load(context.Source.Id),
                        reviews => first >= reviews.Count ? reviews : reviews.Take(first).ToArray());
                });
        }
    }

    private sealed class ReviewType : ObjectGraphType<Review>
    {
        public ReviewType()
        {
            Name = "Review";
            Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
            Field<NonNullGraphType<IntGraphType>>("stars").Resolve(context => context.Source.Stars);
            Field<NonNullGraphType<StringGraphType>>("body").Resolve(context => context.Source.Body);
        }
    }

    private sealed class MutationType : ObjectGraphType
    {
        private const int RingSize = 10_000;
        private static readonly Review[] Ring = new Review[RingSize];
        private static long _written;

        public MutationType(BenchData data, Sabotage sabotage)
        {
            Name = "Mutation";
            Field<NonNullGraphType<ReviewType>>("addReview")
                .Argument<NonNullGraphType<IdGraphType>>("bookId")
                .Argument<NonNullGraphType<IntGraphType>>("stars")
                .Argument<NonNullGraphType<StringGraphType>>("body")
                .Resolve(context =>
                {
                    sabotage.Check();
                    var bookId = context.GetArgument<string>("bookId");
                    if (!data.BooksById.ContainsKey(bookId))
                    {
                        throw new ExecutionError($"Unknown book '{bookId}'.");
                    }

                    // A fixed ring keeps memory flat under load; fixed-width ids keep every response the same size.
                    var slot = (int)((Interlocked.Increment(ref _written) - 1) % RingSize);
                    var review = new Review($"new-{slot:D4}", bookId, context.GetArgument<int>("stars"), context.GetArgument<string>("body"));
                    Ring[slot] = review;
                    return review;
                });
        }
    }

    private static string Md5(string name, bool broken)
    {
        Span<byte> utf8 = stackalloc byte[Encoding.UTF8.GetMaxByteCount(name.Length + 1)];
        var length = Encoding.UTF8.GetBytes(broken ? name + "!" : name, utf8);
        Span<byte> hash = stackalloc byte[MD5.HashSizeInBytes];
        MD5.HashData(utf8[..length], hash);
        return Convert.ToHexStringLower(hash);
    }
}

/// <summary>The per-request user context: the request's two batch loaders, each batch counted in <c>/__stats</c>.</summary>
internal sealed class BenchUserContext : Dictionary<string, object?>
{
    private static readonly IReadOnlyList<Book> NoBooks = [];
    private static readonly IReadOnlyList<Review> NoReviews = [];

    public BenchUserContext(BenchData data)
    {
        BooksByAuthor = new(keys => Batch(keys, data.BooksByAuthorId), NoBooks);
        ReviewsByBook = new(keys => Batch(keys, data.ReviewsByBookId), NoReviews);
    }

    public BatchLoader<IReadOnlyList<Book>> BooksByAuthor { get; }

    public BatchLoader<IReadOnlyList<Review>> ReviewsByBook { get; }

    private static IReadOnlyDictionary<string, IReadOnlyList<T>> Batch<T>(IReadOnlyList<string> keys, IReadOnlyDictionary<string, IReadOnlyList<T>> index)
    {
        BenchStats.CountLoaderCall();
        var values = new Dictionary<string, IReadOnlyList<T>>(keys.Count, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (index.TryGetValue(key, out var list))
            {
                values[key] = list;
            }
        }

        return values;
    }
}

/// <summary>
/// <c>BENCH_BREAK=gqldotnet</c> breaks the data (MD5 of a changed name, same size), <c>BENCH_BREAK=gqldotnet:late</c>
/// fails after 300 requests (<c>bench/peers/shared/sabotage.mjs</c>).
/// </summary>
internal sealed class Sabotage(string? mode)
{
    private const int LateAfterRequests = 300;

    public bool BreaksData => mode == "data";

    public static Sabotage FromEnvironment()
    {
        var parts = (Environment.GetEnvironmentVariable("BENCH_BREAK") ?? "").Split(':');
        return new(parts[0] != "gqldotnet" ? null : parts.Length > 1 && parts[1] == "late" ? "late" : "data");
    }

    public object? Check() =>
        mode == "late" && BenchStats.Requests > LateAfterRequests ? throw new ExecutionError("broken on purpose") : null;
}
