using Microsoft.EntityFrameworkCore;
using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.DataLoader;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.Execution.Tests.DataLoader;

/// <summary>
/// The code-first binding of a <c>[Service]</c> DbContext parameter marks the field synchronized, so sibling resolvers
/// sharing the request's scoped context never overlap on it (ExecutionModel.md, "EF Core safety by construction").
/// </summary>
public sealed class CodeFirstSynchronizationTests : IDisposable
{
    private readonly SqliteLibrary _library = new();

    [Fact]
    public async Task ServiceBoundDbContextFieldsRunHoldingTheGate()
    {
        var schema = new CodeFirstSchemaBuilder()
            .AddQueryType<LibraryQuery>()
            .AddType<BookRowType>()
            .AddTypeExtension(typeof(BookRowSummary))
            .Build();
        Assert.True(ServiceSynchronization.IsFieldSynchronized(schema.QueryType!.Fields.Find("books")!));
        var summary = ((ObjectType)schema.GetType("BookRow")!).Fields.Find("summary")!;
        Assert.True(ServiceSynchronization.IsFieldSynchronized(summary));

        using var services = _library.NewRequest();
        var unexpected = new List<Exception>();
        var result = await Library.WithinAsync(Executor.ExecuteAsync(new ExecutionRequest(schema, Parser.Parse("{ books { title summary } }"))
        {
            Services = services,
            Options = new ExecutionOptions { OnUnexpectedError = (exception, _) => unexpected.Add(exception) },
        }).AsTask());

        Assert.Empty(unexpected);
        Assert.Empty(result.Errors);
        Assert.Equal(
            "{\"data\":{\"books\":[" + string.Join(",", Library.Books.Select(b =>
                $"{{\"title\":\"{b.Title}\",\"summary\":\"Author {b.AuthorId}: {Library.Reviews.Where(r => r.BookId == b.Id).Sum(r => r.Stars)}\"}}")) + "]}}",
            ResultWriter.ToJson(result));
    }

    [Fact]
    public void DbContextTypesAreSynchronizedByDefaultWithExplicitOptInAndOptOut()
    {
        var policy = ServiceSynchronization.Default;
        Assert.True(policy.IsSynchronized(typeof(LibraryDb)));
        Assert.False(policy.IsSynchronized(typeof(OptedOutDb)));
        Assert.True(policy.IsSynchronized(typeof(MarkedService)));
        Assert.False(policy.IsSynchronized(typeof(SqliteLibrary)));
        Assert.True(policy.Synchronize(typeof(SqliteLibrary)).IsSynchronized(typeof(SqliteLibrary)));
        Assert.False(policy.DoNotSynchronize(typeof(LibraryDb)).IsSynchronized(typeof(LibraryDb)));
    }

    public void Dispose() => _library.Dispose();

    [SynchronizedService(false)]
    private sealed class OptedOutDb : DbContext
    {
    }

    [SynchronizedService]
    private sealed class MarkedService
    {
    }

    private sealed class BookRowType : ObjectType<BookRow>
    {
        protected override void Configure(IObjectTypeDescriptor<BookRow> descriptor) => descriptor.Name("BookRow");
    }

    public sealed class LibraryQuery
    {
        public IQueryable<BookRow> GetBooks([Service] LibraryDb db) => db.Books.OrderBy(b => b.Id);
    }

    /// <summary>Starts a query on the scoped context and awaits a loader before awaiting the query.</summary>
    [ExtendObjectType("BookRow")]
    public sealed class BookRowSummary
    {
        public async Task<string> GetSummaryAsync(
            [Parent] BookRow book, [Service] LibraryDb db, [Service] SlowQueries slow, [Service] IDbContextFactory<LibraryDb> factory, IResolverContext context)
        {
            var reviews = db.Reviews.TagWith(SlowQueries.Tag).Where(r => r.BookId == book.Id).ToListAsync();
            var author = context.BatchLoader<int, AuthorRow>("authorOfBook", async (keys, token) =>
            {
                slow.ReleaseAll();
                var ids = keys.ToList();
                await using var own = factory.CreateDbContext();
                var books = await own.Books.Where(b => ids.Contains(b.Id)).ToListAsync(token);
                var authors = await own.Authors.ToDictionaryAsync(a => a.Id, token);
                return books.ToDictionary(b => b.Id, b => authors[b.AuthorId]);
            }).LoadAsync(book.Id);
            await Task.WhenAll(reviews, author);
            return $"{author.Result!.Name}: {reviews.Result.Sum(r => r.Stars)}";
        }
    }
}
