using SolidarityGraph.GraphQL.DataLoader;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;
using SolidarityGraph.GraphQL.Utilities;
using SolidarityGraph.GraphQL.Validation;

namespace SolidarityGraph.GraphQL.Execution.Tests.DataLoader;

public sealed record Author(int Id, string Name);

public sealed record Book(int Id, int AuthorId, string Title);

public sealed record Review(int Id, int BookId, int Stars);

/// <summary>
/// An in-memory library: 3 authors with 3 books each, 2 reviews per book. The expected response of a query is
/// computed from the data with LINQ, never from the engine.
/// </summary>
internal static class Library
{
    public const string Sdl = """
        type Query { authors: [Author!]! author(id: Int!): Author books: [Book!]! }
        type Mutation { rename(id: Int!): Author }
        type Author { id: Int! name: String! books: [Book!]! }
        type Book { id: Int! title: String! author: Author reviews: [Review!]! }
        type Review { id: Int! stars: Int! }
        """;

    public static readonly Author[] Authors = Enumerable.Range(1, 3).Select(i => new Author(i, "Author " + i)).ToArray();

    public static readonly Book[] Books = Authors
        .SelectMany(a => Enumerable.Range(1, 3).Select(j => new Book((a.Id * 10) + j, a.Id, $"Book {a.Id}.{j}")))
        .ToArray();

    public static readonly Review[] Reviews = Books
        .SelectMany(b => Enumerable.Range(1, 2).Select(k => new Review((b.Id * 10) + k, b.Id, ((b.Id + k) % 5) + 1)))
        .ToArray();

    /// <summary>The JSON graphql-js would produce for <c>{ authors { name books { title reviews { stars } } } }</c>.</summary>
    public static string ExpectedNestedJson()
    {
        var authors = Authors.Select(a =>
            $"{{\"name\":\"{a.Name}\",\"books\":[" + string.Join(",", Books.Where(b => b.AuthorId == a.Id).Select(b =>
                $"{{\"title\":\"{b.Title}\",\"reviews\":[" + string.Join(",", Reviews.Where(r => r.BookId == b.Id).Select(r => $"{{\"stars\":{r.Stars}}}")) + "]}")) + "]}");
        return "{\"data\":{\"authors\":[" + string.Join(",", authors) + "]}}";
    }

    public static Schema Schema(SchemaBuildOptions options)
    {
        var schema = SchemaBuilder.Build(Sdl, options);
        Assert.Empty(schema.ValidationErrors);
        return schema;
    }

    /// <summary>Resolvers over the in-memory data: authors by list, books and reviews through the given loaders.</summary>
    public static SchemaBuildOptions Resolvers(
        Func<IResolverContext, IDataLoader<int, Book[]>> booksByAuthor,
        Func<IResolverContext, IDataLoader<int, Review[]>> reviewsByBook,
        Func<IResolverContext, IDataLoader<int, Author?>>? authorById = null)
    {
        var options = new SchemaBuildOptions()
            .AddResolver("Query", "authors", _ => new ValueTask<object?>(Authors))
            .AddResolver("Query", "books", _ => new ValueTask<object?>(Books))
            .AddResolver("Author", "books", async context => await booksByAuthor(context).LoadAsync(((Author)context.Parent!).Id))
            .AddResolver("Book", "reviews", async context => await reviewsByBook(context).LoadAsync(((Book)context.Parent!).Id));
        if (authorById is not null)
        {
            options
                .AddResolver("Query", "author", async context => await authorById(context).LoadAsync(context.GetArgument<int>("id")))
                .AddResolver("Book", "author", async context => await authorById(context).LoadAsync(((Book)context.Parent!).AuthorId));
        }

        return options;
    }

    public static async Task<ExecutionResult> RunAsync(
        Schema schema,
        string query,
        DataLoaderScope? scope = null,
        IServiceProvider? services = null,
        CancellationToken cancellationToken = default)
    {
        var document = Parser.Parse(query);
        Assert.Empty(DocumentValidator.Validate(schema, document));
        return await WithinAsync(Executor.ExecuteAsync(new ExecutionRequest(schema, document)
        {
            DataLoaders = scope,
            Services = services,
            CancellationToken = cancellationToken,
        }).AsTask());
    }

    /// <summary>Fails the test instead of hanging when execution deadlocks.</summary>
    public static async Task<T> WithinAsync<T>(Task<T> task, int seconds = 20)
    {
        var finished = await Task.WhenAny(task, Task.Delay(TimeSpan.FromSeconds(seconds)));
        Assert.True(ReferenceEquals(finished, task), "Execution did not finish: the request deadlocked.");
        return await task;
    }
}

/// <summary>Books of authors, one batch per round; counts its calls and can simulate I/O.</summary>
internal sealed class BooksByAuthorLoader(bool simulateIo = false, DataLoaderOptions? options = null) : GroupedDataLoader<int, Book>(options)
{
    public List<int[]> Batches { get; } = new();

    protected override async Task<ILookup<int, Book>> LoadGroupedBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        lock (Batches)
        {
            Batches.Add(keys.ToArray());
        }

        if (simulateIo)
        {
            await Task.Delay(1).ConfigureAwait(false);
        }

        return Library.Books.Where(b => keys.Contains(b.AuthorId)).ToLookup(b => b.AuthorId);
    }
}

/// <summary>Reviews of books as a subclass, for <see cref="DataLoaderScope.GetOrCreate{TLoader}()"/>.</summary>
internal sealed class ReviewsByBookLoader() : GroupedDataLoader<int, Review>
{
    protected override Task<ILookup<int, Review>> LoadGroupedBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken) =>
        Task.FromResult(Library.Reviews.Where(r => keys.Contains(r.BookId)).ToLookup(r => r.BookId));
}
