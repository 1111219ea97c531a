using SolidarityGraph.GraphQL.Data.Tests.TestModel;

namespace SolidarityGraph.GraphQL.Data.Tests.Sorting;

public sealed class SortingTests(DataFixture fixture) : DataTestBase(fixture)
{
    private static IEnumerable<Project> Projects() =>
        Seed.Organisations().SelectMany(o => o.Projects.Select(p => { p.Organisation = o; return p; }));

    [Fact]
    public async Task MultiKeySortAppliesKeysInListOrder()
    {
        var data = await DataAsync("{ projects(first: 50, order: [{ status: DESC }, { budget: ASC }, { title: DESC }]) { nodes { id } } }");

        var expected = Projects().OrderByDescending(p => p.Status).ThenBy(p => p.Budget).ThenByDescending(p => p.Title).Select(p => p.Id);
        Assert.Equal(expected, Ids(data.GetProperty("projects")));
        // SQLite quotes the alias ("p"."Status"), PostgreSQL does not (p."Status").
        Assert.Contains("ORDER BY p.\"Status\" DESC, p.\"Budget\", p.\"Title\" DESC, p.\"Id\"", Assert.Single(Sql).Replace("\"p\".", "p.", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NestedSortOrdersByTheReferencedObject()
    {
        var data = await DataAsync("{ projects(first: 50, order: [{ organisation: { name: DESC } }, { startDate: ASC }]) { nodes { id } } }");

        var expected = Projects().OrderByDescending(p => p.Organisation.Name).ThenBy(p => p.StartDate).ThenBy(p => p.Id).Select(p => p.Id);
        Assert.Equal(expected, Ids(data.GetProperty("projects")));
        Assert.Single(Sql);
    }

    [Fact]
    public async Task NestedSortPagesStablyWithCursors()
    {
        var seen = new List<int>();
        string? after = null;
        do
        {
            var data = await DataAsync(
                "query($a: String) { projects(first: 5, after: $a, order: [{ organisation: { country: ASC } }, { isPublic: DESC }]) { nodes { id } pageInfo { hasNextPage endCursor } } }",
                new Dictionary<string, object?> { ["a"] = after });
            seen.AddRange(Ids(data.GetProperty("projects")));
            var info = data.GetProperty("projects").GetProperty("pageInfo");
            after = info.GetProperty("hasNextPage").GetBoolean() ? info.GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        var expected = Projects().OrderBy(p => p.Organisation.Country, StringComparer.Ordinal).ThenByDescending(p => p.IsPublic).ThenBy(p => p.Id).Select(p => p.Id);
        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task NullableKeysPageBackwardsAndForwards()
    {
        // Code is null for every fourth project; SQLite sorts nulls first ascending, like LINQ to Objects.
        var expected = Projects().OrderBy(p => p.Budget).ThenBy(p => p.Title).ThenBy(p => p.Id).Select(p => p.Id).ToList();
        var backward = new List<int>();
        string? before = null;
        do
        {
            var data = await DataAsync(
                "query($b: String) { projects(last: 5, before: $b, order: [{ budget: ASC }, { title: ASC }]) { nodes { id } pageInfo { hasPreviousPage startCursor } } }",
                new Dictionary<string, object?> { ["b"] = before });
            backward.InsertRange(0, Ids(data.GetProperty("projects")));
            var info = data.GetProperty("projects").GetProperty("pageInfo");
            before = info.GetProperty("hasPreviousPage").GetBoolean() ? info.GetProperty("startCursor").GetString() : null;
        }
        while (before is not null);

        Assert.Equal(expected, backward);
    }

    [Fact]
    public void FieldsMarkedNotSortableAreLeftOutOfTheSortInput()
    {
        var sortInput = (GraphQL.Types.InputObjectType)Fixture.Schema.GetType("ProjectSortInput")!;

        Assert.False(sortInput.Fields.Contains("code"));
        Assert.False(sortInput.Fields.Contains("participations"));
        Assert.True(sortInput.Fields.Contains("title"));
    }

    [Fact]
    public async Task NestedConnectionSortsPerParent()
    {
        var data = await DataAsync("{ projects(first: 2) { nodes { participations(order: [{ share: DESC }]) { nodes { share } } } } }");

        foreach (var project in data.GetProperty("projects").GetProperty("nodes").EnumerateArray())
        {
            var shares = project.GetProperty("participations").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("share").GetInt32()).ToList();
            Assert.Equal(shares.OrderDescending(), shares);
            Assert.True(shares.Count >= 3);
        }

        Assert.Single(Sql);
    }
}
