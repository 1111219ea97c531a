namespace SolidarityGraph.GraphQL.Data.Tests.Paging;

public sealed class OffsetPagingTests(DataFixture fixture) : DataTestBase(fixture)
{
    [Fact]
    public async Task SkipAndTakeReturnASegment()
    {
        var data = await DataAsync("{ projectSegments(skip: 10, take: 5, order: [{ id: ASC }]) { totalCount items { id } pageInfo { hasNextPage hasPreviousPage } } }");
        var segment = data.GetProperty("projectSegments");

        Assert.Equal(new[] { 11, 12 }, Ids(segment, "items"));
        Assert.Equal(12, segment.GetProperty("totalCount").GetInt32());
        Assert.False(segment.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(segment.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task NegativeSkipIsRejected()
    {
        var result = await RunAsync("{ projectSegments(skip: -1) { items { id } } }");

        var error = Assert.Single(result.Errors);
        Assert.Equal(DataErrorCodes.NegativeSkip, error.Extensions!["code"]);
        Assert.Equal("Query.projectSegments: \"skip\" must not be negative; it was -1.", error.Message);
    }
}
