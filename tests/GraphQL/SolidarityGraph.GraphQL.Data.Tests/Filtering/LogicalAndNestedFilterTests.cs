using SolidarityGraph.GraphQL.Data.Tests.TestModel;

namespace SolidarityGraph.GraphQL.Data.Tests.Filtering;

public sealed class LogicalAndNestedFilterTests(DataFixture fixture) : DataTestBase(fixture)
{
    private static readonly Dictionary<string, Func<Project, bool>> Cases = new()
    {
        ["{ and: [{ budget: { gte: 2000 } }, { isPublic: { eq: true } }] }"] = p => p.Budget >= 2000 && p.IsPublic,
        ["{ or: [{ budget: { eq: 1000 } }, { status: { eq: CLOSED } }] }"] = p => p.Budget == 1000 || p.Status == ProjectStatus.Closed,
        ["{ or: [{ title: { endsWith: \"water\" } }, { and: [{ isPublic: { eq: false } }, { budget: { lt: 3000 } }] }] }"] =
            p => p.Title.EndsWith("water") || (!p.IsPublic && p.Budget < 3000),
        ["{ organisation: { country: { eq: \"DE\" } } }"] = p => p.OrganisationId is 1 or 3,
        ["{ organisation: { kind: { eq: COOPERATIVE }, name: { startsWith: \"Delta\" } } }"] = p => p.OrganisationId == 4,
        ["{ participations: { some: { role: { eq: \"funder\" } } } }"] = p => p.Participations.Any(x => x.Role == "funder"),
        ["{ participations: { all: { share: { lte: 30 } } } }"] = p => p.Participations.All(x => x.Share <= 30),
        ["{ participations: { none: { role: { eq: \"lead\" } } } }"] = p => !p.Participations.Any(x => x.Role == "lead"),
        ["{ participations: { any: true } }"] = p => p.Participations.Count > 0,
        ["{ participations: { some: { role: { eq: \"advisor\" }, share: { gte: 20 } } } }"] = p => p.Participations.Any(x => x.Role == "advisor" && x.Share >= 20),
    };

    public static TheoryData<string> Filters => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task FilterMatchesLinqToObjects(string where)
    {
        var data = await DataAsync($"{{ projects(first: 50, where: {where}) {{ nodes {{ id }} }} }}");

        var projects = Seed.Organisations().SelectMany(o => o.Projects.Select(p => { p.OrganisationId = o.Id; return p; }));
        var expected = projects.Where(Cases[where]).Select(p => p.Id).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Ids(data.GetProperty("projects")));
        Assert.Single(Sql);
    }

    [Fact]
    public async Task AnyFalseMatchesEmptyLists()
    {
        var data = await DataAsync("{ projects(where: { participations: { any: false } }) { nodes { id } } }");

        Assert.Empty(Ids(data.GetProperty("projects")));
        Assert.Contains("EXISTS", Assert.Single(Sql), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NestedConnectionFiltersApplyPerParent()
    {
        var data = await DataAsync("{ projects(first: 3) { nodes { id participations(where: { share: { gte: 20 } }) { nodes { share } } } } }");

        foreach (var project in data.GetProperty("projects").GetProperty("nodes").EnumerateArray())
        {
            var shares = project.GetProperty("participations").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("share").GetInt32()).ToList();
            var expected = Seed.Organisations().SelectMany(o => o.Projects).Single(p => p.Id == project.GetProperty("id").GetInt32())
                .Participations.Where(x => x.Share >= 20).Select(x => x.Share);
            Assert.Equal(expected, shares);
        }

        Assert.Single(Sql);
    }
}
