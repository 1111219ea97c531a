using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.DataLoader;
using SolidarityGraph.GraphQL.Execution.Scheduling;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Execution.Tests.DataLoader;

/// <summary>
/// ExecutionModel.md ("How it runs"): a resolver that returns a DataLoader's task as is leaves nothing that continues, so the
/// walk keeps its flow; a resolver with code of its own after an <c>await</c> keeps the flow it captured, and its later
/// loads still park it and join its level's batch.
/// </summary>
public sealed class LoadOnlyResolverTests
{
    [Fact]
    public async Task ResolversReturningALoadAsIsShareTheWalksFlowAndBatchPerLevel()
    {
        var books = new BooksByAuthorLoader(simulateIo: true);
        var flows = new List<ExecutionFlow?>();
        var scope = new DataLoaderScope();
        var schema = Schema(books, new ReviewsByBookLoader(), loadOnlyBooks: true, flows);

        var result = await Library.RunAsync(schema, "{ authors { books { title } name } }", scope);

        Assert.Empty(result.Errors);
        Assert.Equal(ExpectedJson(withReviewCount: false), ResultWriter.ToJson(result));
        Assert.Equal(new[] { new[] { 1, 2, 3 } }, books.Batches);
        Assert.Equal(3, flows.Count);
        Assert.Single(flows.Distinct());
    }

    [Fact]
    public async Task ResolversWithCodeAfterTheirFirstAwaitGetAFlowEachAndTheirLaterLoadsStillBatch()
    {
        var books = new BooksByAuthorLoader(simulateIo: true);
        var flows = new List<ExecutionFlow?>();
        var schema = Schema(books, new ReviewsByBookLoader(), loadOnlyBooks: false, flows);

        var result = await Library.RunAsync(schema, "{ authors { books { title } name } }");

        Assert.Equal(ExpectedJson(withReviewCount: false), ResultWriter.ToJson(result));
        Assert.Equal(3, flows.Distinct().Count());
    }

    [Fact]
    public async Task AResolverThatLoadsAgainAfterItsFirstAwaitStaysParkedAmongLoadOnlySiblings()
    {
        // Author.books returns the load as is (the walk keeps its flow); Author.reviewCount awaits the same level's
        // books, then loads the reviews of all of them: that second load must park reviewCount itself, or the request
        // would wait for a resolver it counts as busy while the load waits for a round.
        var books = new BooksByAuthorLoader(simulateIo: true);
        var reviews = new ReviewsByBookLoader();
        var scope = new DataLoaderScope();
        var schema = Schema(books, reviews, loadOnlyBooks: true, flows: null);

        var result = await Library.RunAsync(schema, "{ authors { books { title } reviewCount name } }", scope);

        Assert.Empty(result.Errors);
        Assert.Equal(ExpectedJson(withReviewCount: true), ResultWriter.ToJson(result));
        Assert.Single(books.Batches);
        Assert.Equal(1, reviews.BatchCount);
        Assert.Equal(9, reviews.KeyCount);
        Assert.Equal(2, scope.Rounds);
    }

    // Type definitions are created by the builder; the tests of this class run one after another.
    private static Setup? _setup;

    private static Schema Schema(BooksByAuthorLoader books, ReviewsByBookLoader reviews, bool loadOnlyBooks, List<ExecutionFlow?>? flows)
    {
        _setup = new Setup(books, reviews, loadOnlyBooks, flows);
        return new CodeFirstSchemaBuilder()
            .AddQueryType(d => d.Field("authors").Type("[Author!]!").Resolve(_ => Library.Authors))
            .AddType<AuthorType>()
            .AddType<BookType>()
            .Build();
    }

    private static string ExpectedJson(bool withReviewCount) =>
        "{\"data\":{\"authors\":[" + string.Join(",", Library.Authors.Select(author =>
        {
            var titles = Library.Books.Where(b => b.AuthorId == author.Id).Select(b => $"{{\"title\":\"{b.Title}\"}}");
            var count = Library.Reviews.Count(r => Library.Books.Any(b => b.Id == r.BookId && b.AuthorId == author.Id));
            return "{\"books\":[" + string.Join(",", titles) + "]"
                + (withReviewCount ? $",\"reviewCount\":{count}" : string.Empty)
                + $",\"name\":\"{author.Name}\"}}";
        })) + "]}}";

    private sealed record Setup(BooksByAuthorLoader Books, ReviewsByBookLoader Reviews, bool LoadOnlyBooks, List<ExecutionFlow?>? Flows);

    private sealed class AuthorType : ObjectType<Author>
    {
        protected override void Configure(IObjectTypeDescriptor<Author> descriptor)
        {
            var (books, reviews, loadOnlyBooks, flows) = _setup!;
            descriptor.Name("Author");
            if (loadOnlyBooks)
            {
                descriptor.Field("books").Type("[Book!]!").Resolve(context => books.LoadAsync(Parent(context).Id));
            }
            else
            {
                descriptor.Field("books").Type("[Book!]!").Resolve(async context =>
                {
                    var found = await books.LoadAsync(Parent(context).Id);
                    return found.ToArray();
                });
            }

            descriptor.Field("reviewCount").Type("Int!").Resolve(async context =>
            {
                var own = await books.LoadAsync(Parent(context).Id);
                var perBook = await reviews.LoadAsync(own.Select(b => b.Id));
                return perBook.Sum(r => r.Length);
            });
            descriptor.Field("name").Type("String!").Resolve(context =>
            {
                flows?.Add(ExecutionFlow.Current);
                return Parent(context).Name;
            });
        }

        private static Author Parent(IResolverContext context) => (Author)context.Parent!;
    }

    private sealed class BookType : ObjectType<Book>
    {
        protected override void Configure(IObjectTypeDescriptor<Book> descriptor) => descriptor.Name("Book");
    }
}
