using Microsoft.EntityFrameworkCore;
using SolidarityGraph.GraphQL.DataLoader;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Execution.Tests.DataLoader;

/// <summary>
/// ExecutionModel.md against a real SQLite <c>DbContext</c>: one SQL query per level, and resolvers that share the
/// request's scoped context never overlap on it.
/// </summary>
public sealed class EfCoreSafetyTests : IDisposable
{
    private const string Sdl = """
        type Query { authors: [Author!]! books: [Book!]! }
        type Author { id: Int! name: String! books: [Book!]! }
        type Book { id: Int! title: String! reviews: [Review!]! summary: String }
        type Review { id: Int! stars: Int! }
        """;

    private readonly SqliteLibrary _library = new();

    [Fact]
    public async Task NestedListsCostOneSqlQueryPerLevel()
    {
        var options = new SchemaBuildOptions()
            .AddResolver("Query", "authors", context => new ValueTask<object?>(Scoped(context).Authors.OrderBy(a => a.Id)))
            .AddResolver("Author", "books", async context => await context.GroupLoader<int, BookRow>("booksByAuthor", async (keys, token) =>
            {
                await using var db = Factory(context).CreateDbContext();
                return (await db.Books.Where(b => keys.Contains(b.AuthorId)).OrderBy(b => b.Id).ToListAsync(token)).ToLookup(b => b.AuthorId);
            }).LoadAsync(((AuthorRow)context.Parent!).Id))
            .AddResolver("Book", "reviews", async context => await context.GroupLoader<int, ReviewRow>("reviewsByBook", async (keys, token) =>
            {
                await using var db = Factory(context).CreateDbContext();
                return (await db.Reviews.Where(r => keys.Contains(r.BookId)).OrderBy(r => r.Id).ToListAsync(token)).ToLookup(r => r.BookId);
            }).LoadAsync(((BookRow)context.Parent!).Id));
        var schema = Build(options, "authors");

        var (result, unexpected) = await RunAsync(schema, "{ authors { name books { title reviews { stars } } } }");

        Assert.Empty(unexpected);

        Assert.Equal(Library.ExpectedNestedJson(), ResultWriter.ToJson(result));
        Assert.Equal(3, _library.Queries.Count);
    }

    [Fact]
    public async Task SynchronizedResolversOverlappingAQueryWithALoaderWaitDoNotCollide()
    {
        var (result, unexpected) = await RunAsync(Build(OverlappingOptions(), "books", "summary"), "{ books { title summary } }");

        Assert.Empty(unexpected);
        Assert.Empty(result.Errors);
        foreach (var book in Library.Books)
        {
            var stars = Library.Reviews.Where(r => r.BookId == book.Id).Sum(r => r.Stars);
            Assert.Contains($"{{\"title\":\"{book.Title}\",\"summary\":\"Author {book.AuthorId}: {stars}\"}}", ResultWriter.ToJson(result));
        }
    }

    [Fact]
    public async Task WithoutTheGateTheSameResolversCollideOnTheContext()
    {
        var (result, unexpected) = await RunAsync(Build(OverlappingOptions()), "{ books { title summary } }");

        Assert.NotEmpty(result.Errors);
        Assert.Contains(unexpected, e => e is InvalidOperationException && e.Message.Contains("second operation", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BatchFunctionsMayUseTheRequestsScopedContext()
    {
        var options = new SchemaBuildOptions()
            .AddResolver("Query", "books", async context => await Scoped(context).Books.OrderBy(b => b.Id).ToListAsync())
            .AddResolver("Book", "summary", async context =>
            {
                var book = (BookRow)context.Parent!;
                var before = await Scoped(context).Reviews.CountAsync(r => r.BookId == book.Id);
                var author = await context.BatchLoader<int, AuthorRow>("authors", async (keys, token) =>
                {
                    return await Scoped(context).Authors.Where(a => keys.Contains(a.Id)).ToDictionaryAsync(a => a.Id, token);
                }).LoadAsync(book.AuthorId);
                var after = await Scoped(context).Reviews.CountAsync(r => r.BookId == book.Id);
                return $"{author!.Name}: {before}/{after}";
            });

        var (result, unexpected) = await RunAsync(Build(options), "{ books { summary } }");

        Assert.Empty(unexpected);
        Assert.Empty(result.Errors);
        Assert.Equal(
            "{\"data\":{\"books\":[" + string.Join(",", Library.Books.Select(b => $"{{\"summary\":\"Author {b.AuthorId}: 2/2\"}}")) + "]}}",
            ResultWriter.ToJson(result));
        Assert.Equal(1 + 9 + 1 + 9, _library.Queries.Count);
    }

    public void Dispose() => _library.Dispose();

    /// <summary>
    /// Each summary starts a query on the scoped context and, before awaiting it, awaits a loader (a
    /// <c>Task.WhenAll</c> of both). The query stays in flight until the loader's round runs, so any other use of the
    /// context in between is a second operation.
    /// </summary>
    private SchemaBuildOptions OverlappingOptions()
    {
        var slow = _library.SlowQueries;
        return new SchemaBuildOptions()
            .AddResolver("Query", "books", context => new ValueTask<object?>(Scoped(context).Books.OrderBy(b => b.Id)))
            .AddResolver("Book", "summary", async context =>
            {
                var book = (BookRow)context.Parent!;
                var reviews = Scoped(context).Reviews.TagWith(SlowQueries.Tag).Where(r => r.BookId == book.Id).ToListAsync();
                var author = context.BatchLoader<int, AuthorRow>("authorOfBook", async (keys, token) =>
                {
                    slow.ReleaseAll();
                    await using var db = Factory(context).CreateDbContext();
                    var books = await db.Books.Where(b => keys.Contains(b.Id)).ToListAsync(token);
                    var authors = await db.Authors.ToDictionaryAsync(a => a.Id, token);
                    return books.ToDictionary(b => b.Id, b => authors[b.AuthorId]);
                }).LoadAsync(book.Id);
                await Task.WhenAll(reviews, author);
                return $"{author.Result!.Name}: {reviews.Result.Sum(r => r.Stars)}";
            });
    }

    /// <summary>The schema with the named Query and Book fields marked synchronized (they use the scoped context).</summary>
    private static Schema Build(SchemaBuildOptions options, params string[] synchronized)
    {
        var schema = SchemaBuilder.Build(Sdl, options);
        Assert.Empty(schema.ValidationErrors);
        foreach (var type in new[] { schema.QueryType!, (ObjectType)schema.GetType("Book")! })
        {
            foreach (var field in type.Fields.Where(f => synchronized.Contains(f.Name)))
            {
                ServiceSynchronization.MarkField(field);
            }
        }

        return schema;
    }

    private async Task<(ExecutionResult Result, List<Exception> Unexpected)> RunAsync(Schema schema, string query)
    {
        var unexpected = new List<Exception>();
        using var services = _library.NewRequest();
        var request = new ExecutionRequest(schema, Parser.Parse(query))
        {
            Services = services,
            Options = new ExecutionOptions { OnUnexpectedError = (exception, _) => { lock (unexpected) { unexpected.Add(exception); } } },
        };
        var result = await Library.WithinAsync(Executor.ExecuteAsync(request).AsTask());
        return (result, unexpected);
    }

    private static LibraryDb Scoped(IResolverContext context) => (LibraryDb)context.Services.GetService(typeof(LibraryDb))!;

    private static IDbContextFactory<LibraryDb> Factory(IResolverContext context) =>
        (IDbContextFactory<LibraryDb>)context.Services.GetService(typeof(IDbContextFactory<LibraryDb>))!;
}
