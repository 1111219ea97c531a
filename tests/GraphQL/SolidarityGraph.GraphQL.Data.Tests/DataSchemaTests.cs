using SolidarityGraph.GraphQL.Utilities;
using SolidarityGraph.Testing;
using Snapshooter.Xunit;

namespace SolidarityGraph.GraphQL.Data.Tests;

public sealed class DataSchemaTests(DataFixture fixture) : DataTestBase(fixture)
{
    [Fact]
    public void GeneratedConnectionFilterAndSortTypes()
    {
        // Only the data types and the fields using them: scalar descriptions belong to other snapshots.
        var names = new[] { "Query", "Organisation", "Project" };
        var suffixes = new[] { "Connection", "Edge", "CollectionSegment", "FilterInput", "SortInput", "PageInfo", "SegmentInfo", "SortEnumType" };
        var types = Fixture.Schema.Types.Where(t => names.Contains(t.Name) || suffixes.Any(s => t.Name.EndsWith(s, StringComparison.Ordinal)));
        Snapshot.Match(string.Join("\n\n", types.Select(SchemaPrinter.PrintType)) + "\n");
    }

    [Fact]
    public void UsingTheMiddlewaresOutOfOrderFailsAtConfiguration()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => TestModel.TestSchema.Build(() => new CodeFirst.CodeFirstSchemaBuilder().AddQueryType(d =>
            d.Field("projects").Resolve(_ => Array.Empty<TestModel.Project>()).UseFiltering().UsePaging())));
        Assert.Equal("UsePaging must come before UseFiltering: the order is UsePaging > UseProjection > UseFiltering > UseSorting.", exception.Message);
    }

    [Fact]
    public void PagingAnEntityWithoutKeyFailsAtSchemaBuild()
    {
        var exception = Assert.Throws<CodeFirst.SchemaBuildException>(() => TestModel.TestSchema.Build(() => new CodeFirst.CodeFirstSchemaBuilder().AddType<KeylessType>().AddQueryType(d =>
            d.Field("items").Resolve(_ => Array.Empty<Keyless>()).UsePaging())));
        Assert.Contains("Query.items: cursor paging needs a unique key on Keyless", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InMemorySequencesArePagedToo()
    {
        var schema = TestModel.TestSchema.Build(() => new CodeFirst.CodeFirstSchemaBuilder().AddType<KeyedType>().AddQueryType(d =>
            d.Field("numbers").Resolve(_ => Enumerable.Range(1, 30).Select(i => new Keyed { Id = i, Even = i % 2 == 0 }).ToList())
                .UsePaging().UseFiltering().UseSorting()));
        var result = await Execution.Executor.ExecuteAsync(new Execution.ExecutionRequest(schema, Language.Parser.Parse(
            "{ numbers(first: 3, where: { even: { eq: true } }, order: [{ id: DESC }]) { nodes { id } pageInfo { hasNextPage } } }")));

        Assert.Equal("""{"data":{"numbers":{"nodes":[{"id":30},{"id":28},{"id":26}],"pageInfo":{"hasNextPage":true}}}}""", Execution.ResultWriter.ToJson(result));
    }

    public sealed class KeylessType : CodeFirst.ObjectType<Keyless>;

    public sealed class KeyedType : CodeFirst.ObjectType<Keyed>;

    public sealed class Keyless
    {
        public string Name { get; set; } = "";
    }

    public sealed class Keyed
    {
        public int Id { get; set; }

        public bool Even { get; set; }
    }
}
