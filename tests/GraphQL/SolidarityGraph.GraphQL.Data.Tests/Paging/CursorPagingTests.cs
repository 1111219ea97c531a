using System.Text.Json;

namespace SolidarityGraph.GraphQL.Data.Tests.Paging;

public sealed class CursorPagingTests(DataFixture fixture) : DataTestBase(fixture)
{
    private const string Page = "pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } }";

    [Fact]
    public async Task DefaultPageSizeIsTen()
    {
        var data = await DataAsync("{ projects { nodes { id } pageInfo { hasNextPage } } }");

        Assert.Equal(Enumerable.Range(1, 10), Ids(data.GetProperty("projects")));
        Assert.True(data.GetProperty("projects").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task PagesForwardsThroughAllItemsWithoutGapsOrRepeats()
    {
        var seen = new List<int>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var data = await DataAsync($"query($after: String) {{ projects(first: 5, after: $after) {{ {Page} }} }}", new Dictionary<string, object?> { ["after"] = after });
            var connection = data.GetProperty("projects");
            var info = connection.GetProperty("pageInfo");
            seen.AddRange(connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetInt32()));
            Assert.Equal(after is not null, info.GetProperty("hasPreviousPage").GetBoolean());
            pages++;
            if (!info.GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = info.GetProperty("endCursor").GetString();
        }

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Range(1, 12), seen);
    }

    [Fact]
    public async Task PagesBackwardsFromTheEnd()
    {
        var last = await DataAsync($"{{ projects(last: 5) {{ {Page} }} }}");
        var connection = last.GetProperty("projects");
        Assert.Equal(new[] { 8, 9, 10, 11, 12 }, EdgeIds(connection));
        Assert.True(connection.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.False(connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        var before = connection.GetProperty("pageInfo").GetProperty("startCursor").GetString();
        var previous = await DataAsync("query($b: String) { projects(last: 5, before: $b) { " + Page + " } }", new Dictionary<string, object?> { ["b"] = before });
        Assert.Equal(new[] { 3, 4, 5, 6, 7 }, EdgeIds(previous.GetProperty("projects")));
        Assert.True(previous.GetProperty("projects").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task PageBoundariesAtTheEdges()
    {
        var all = await DataAsync("{ projects(first: 12) { nodes { id } pageInfo { hasNextPage hasPreviousPage } } }");
        Assert.Equal(12, Ids(all.GetProperty("projects")).Count);
        Assert.False(all.GetProperty("projects").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        var none = await DataAsync("{ projects(first: 0) { nodes { id } pageInfo { hasNextPage startCursor endCursor } } }");
        Assert.Empty(Ids(none.GetProperty("projects")));
        Assert.True(none.GetProperty("projects").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(JsonValueKind.Null, none.GetProperty("projects").GetProperty("pageInfo").GetProperty("startCursor").ValueKind);

        var end = await DataAsync("{ projects(first: 11) { pageInfo { endCursor } } }");
        var cursor = end.GetProperty("projects").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var tail = await DataAsync("query($a: String) { projects(first: 5, after: $a) { nodes { id } pageInfo { hasNextPage hasPreviousPage } } }", new Dictionary<string, object?> { ["a"] = cursor });
        Assert.Equal(new[] { 12 }, Ids(tail.GetProperty("projects")));
        Assert.False(tail.GetProperty("projects").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task MultiKeySortPagesAreStableAcrossTies()
    {
        // Budget has ties (5 distinct values over 12 projects): the id tiebreaker in the cursor keeps pages exact.
        var seen = new List<int>();
        string? after = null;
        do
        {
            var data = await DataAsync(
                "query($a: String) { projects(first: 4, after: $a, order: [{ budget: DESC }, { status: ASC }]) { nodes { id budget status } pageInfo { hasNextPage endCursor } } }",
                new Dictionary<string, object?> { ["a"] = after });
            var connection = data.GetProperty("projects");
            seen.AddRange(Ids(connection));
            after = connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()
                ? connection.GetProperty("pageInfo").GetProperty("endCursor").GetString()
                : null;
        }
        while (after is not null);

        var expected = TestModel.Seed.Organisations().SelectMany(o => o.Projects)
            .OrderByDescending(p => p.Budget).ThenBy(p => p.Status).ThenBy(p => p.Id).Select(p => p.Id);
        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task CursorsAreUrlSafeAndOpaque()
    {
        var data = await DataAsync("{ projects(first: 12, order: [{ title: ASC }]) { edges { cursor } } }");
        foreach (var edge in data.GetProperty("projects").GetProperty("edges").EnumerateArray())
        {
            Assert.Matches("^[A-Za-z0-9_-]+$", edge.GetProperty("cursor").GetString());
        }
    }

    [Fact]
    public async Task TotalCountIsComputedOnlyWhenSelected()
    {
        await DataAsync("{ projects(first: 2) { nodes { id } } }");
        Assert.Single(Sql);

        var data = await DataAsync("{ projects(first: 2, where: { isPublic: { eq: true } }) { totalCount nodes { id } } }");
        Assert.Equal(6, data.GetProperty("projects").GetProperty("totalCount").GetInt32());
        Assert.Equal(2, Sql.Count);
    }

    private static List<int> EdgeIds(JsonElement connection) =>
        connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetInt32()).ToList();
}
