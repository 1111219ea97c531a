using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;
using SolidarityGraph.Testing;
using Snapshooter.Xunit;

namespace SolidarityGraph.GraphQL.Data.Tests.Projections;

public sealed class ProjectionTests(DataFixture fixture) : DataTestBase(fixture)
{
    [Fact]
    public async Task ReadsOnlyTheRequestedColumns()
    {
        await DataAsync("{ projects(first: 3) { nodes { code } } }");

        var sql = Assert.Single(Sql);
        var select = sql[..sql.IndexOf("FROM", StringComparison.Ordinal)];
        Assert.Contains("\"Code\"", select, StringComparison.Ordinal);
        Assert.Contains("\"Id\"", select, StringComparison.Ordinal);
        Assert.Contains("\"Title\"", select, StringComparison.Ordinal); // IsProjected(true)
        foreach (var column in new[] { "Budget", "StartDate", "Status", "IsPublic", "OrganisationId" })
        {
            Assert.DoesNotContain($"\"{column}\"", select, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ReferenceNavigationsBecomeAJoinInTheSameStatement()
    {
        var data = await DataAsync("{ projects(first: 2) { nodes { title organisation { name } } } }");

        var sql = Assert.Single(Sql);
        Assert.Contains("JOIN \"Organisations\"", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Country\"", sql, StringComparison.Ordinal);
        Assert.Equal("Alpha Cooperative", data.GetProperty("projects").GetProperty("nodes")[0].GetProperty("organisation").GetProperty("name").GetString());
    }

    [Fact]
    public async Task ThreeLevelsWithPagingAtEachLevelNeedAtMostOneStatementPerLevel()
    {
        var json = await JsonAsync("""
            {
              organisations(first: 2, order: [{ name: ASC }]) {
                pageInfo { hasNextPage }
                nodes {
                  name
                  projects(first: 2, order: [{ title: DESC }]) {
                    totalCount
                    pageInfo { hasNextPage }
                    nodes {
                      title
                      participations(first: 2, order: [{ share: DESC }]) {
                        totalCount
                        edges { node { role share } }
                      }
                    }
                  }
                }
              }
            }
            """);

        Snapshot.Match(json);
        // Organisations + projects in one statement (ROW_NUMBER per organisation), participations of those projects in one more.
        Assert.Equal(2, Sql.Count);
        Assert.All(Sql, sql => Assert.Contains("ROW_NUMBER() OVER(PARTITION BY", sql, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwoLevelsOfPagingNeedOneStatement()
    {
        var data = await DataAsync("{ projects(first: 4) { nodes { id participations(first: 1) { pageInfo { hasNextPage } nodes { role } } } } }");

        Assert.Single(Sql);
        foreach (var project in data.GetProperty("projects").GetProperty("nodes").EnumerateArray())
        {
            Assert.Single(project.GetProperty("participations").GetProperty("nodes").EnumerateArray());
            Assert.True(project.GetProperty("participations").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        }
    }

    [Fact]
    public async Task FragmentsAndSkipIncludeShapeTheProjection()
    {
        var data = await DataAsync("""
            query($withBudget: Boolean!) {
              projects(first: 1) { nodes { ...Basics ... on Project { budget @include(if: $withBudget) status @skip(if: true) } } }
            }
            fragment Basics on Project { title code }
            """, new Dictionary<string, object?> { ["withBudget"] = true });

        var select = Assert.Single(Sql);
        select = select[..select.IndexOf("FROM", StringComparison.Ordinal)];
        Assert.Contains("\"Code\"", select, StringComparison.Ordinal);
        Assert.Contains("\"Budget\"", select, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Status\"", select, StringComparison.Ordinal);
        Assert.Equal("P-01", data.GetProperty("projects").GetProperty("nodes")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task FieldsWithCustomResolversRunOnTheProjectedEntity()
    {
        var data = await DataAsync("{ projects(first: 1) { nodes { titleLength } } }");

        Assert.Equal("Project A seeds".Length, data.GetProperty("projects").GetProperty("nodes")[0].GetProperty("titleLength").GetInt32());
    }

    [Fact]
    public async Task ProtectedFieldsAreNeitherFilterableNorProjectedWithoutAuthorization()
    {
        var filterInput = (InputObjectType)Fixture.Schema.GetType("OrganisationFilterInput")!;
        Assert.False(filterInput.Fields.Contains("contactEmail"));
        Assert.False(((InputObjectType)Fixture.Schema.GetType("OrganisationSortInput")!).Fields.Contains("contactEmail"));

        await RunAsync("{ organisations(first: 1) { nodes { name contactEmail } } }");
        Assert.DoesNotContain("ContactEmail", Assert.Single(Sql), StringComparison.Ordinal);

        await RunAsync("{ organisations(first: 1) { nodes { name contactEmail } } }", authorizer: new AllowAll());
        Assert.Contains("ContactEmail", Assert.Single(Sql), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlainListFieldsAreFilteredSortedAndProjected()
    {
        var data = await DataAsync("{ projectList(where: { budget: { gte: 4000 } }, order: [{ budget: DESC }, { id: DESC }]) { id budget } }");

        var ids = data.GetProperty("projectList").EnumerateArray().Select(p => p.GetProperty("id").GetInt32()).ToList();
        var expected = TestModel.Seed.Organisations().SelectMany(o => o.Projects).Where(p => p.Budget >= 4000)
            .OrderByDescending(p => p.Budget).ThenByDescending(p => p.Id).Select(p => p.Id);
        Assert.Equal(expected, ids);
        Assert.Single(Sql);
    }

    [Fact]
    public async Task UnprojectedFieldsReadWholeEntities()
    {
        var data = await DataAsync("{ unprojectedProjects(first: 2, where: { budget: { eq: 2000 } }) { nodes { id title } } }");

        Assert.Equal(new[] { 1, 6 }, Ids(data.GetProperty("unprojectedProjects")));
        Assert.Contains("\"StartDate\"", Assert.Single(Sql), StringComparison.Ordinal);
    }

    private sealed class AllowAll : IDataFieldAuthorizer
    {
        public bool IsAuthorized(IResolverContext context, OutputField field, IReadOnlyList<AuthorizeRule> rules) => true;
    }
}
