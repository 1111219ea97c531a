using SolidarityGraph.GraphQL.Data.Tests.TestModel;

namespace SolidarityGraph.GraphQL.Data.Tests.Filtering;

/// <summary>Every operation on every leaf kind, run on SQLite and compared with the same predicate in LINQ to Objects over the seed.</summary>
public sealed class FilterOperationTests(DataFixture fixture) : DataTestBase(fixture)
{
    private static readonly Dictionary<string, Func<Project, bool>> Cases = new()
    {
        // String
        ["{ title: { eq: \"Project C water\" } }"] = p => p.Title == "Project C water",
        ["{ title: { neq: \"Project C water\" } }"] = p => p.Title != "Project C water",
        ["{ title: { contains: \"seed\" } }"] = p => p.Title.Contains("seed"),
        ["{ title: { ncontains: \"seed\" } }"] = p => !p.Title.Contains("seed"),
        ["{ title: { startsWith: \"Project A\" } }"] = p => p.Title.StartsWith("Project A"),
        ["{ title: { nstartsWith: \"Project A\" } }"] = p => !p.Title.StartsWith("Project A"),
        ["{ title: { endsWith: \"schools\" } }"] = p => p.Title.EndsWith("schools"),
        ["{ title: { nendsWith: \"schools\" } }"] = p => !p.Title.EndsWith("schools"),
        ["{ title: { in: [\"Project A seeds\", \"Project B schools\"] } }"] = p => p.Title is "Project A seeds" or "Project B schools",
        ["{ title: { nin: [\"Project A seeds\", \"Project B schools\"] } }"] = p => p.Title is not ("Project A seeds" or "Project B schools"),
        ["{ code: { eq: null } }"] = p => p.Code is null,
        ["{ code: { neq: null } }"] = p => p.Code is not null,
        ["{ code: { contains: \"0\" } }"] = p => p.Code is not null && p.Code.Contains('0'),
        ["{ code: { ncontains: \"0\" } }"] = p => !(p.Code is not null && p.Code.Contains('0')),
        // Int
        ["{ budget: { eq: 3000 } }"] = p => p.Budget == 3000,
        ["{ budget: { neq: 3000 } }"] = p => p.Budget != 3000,
        ["{ budget: { in: [1000, 5000] } }"] = p => p.Budget is 1000 or 5000,
        ["{ budget: { nin: [1000, 5000] } }"] = p => p.Budget is not (1000 or 5000),
        ["{ budget: { gt: 3000 } }"] = p => p.Budget > 3000,
        ["{ budget: { ngt: 3000 } }"] = p => !(p.Budget > 3000),
        ["{ budget: { gte: 3000 } }"] = p => p.Budget >= 3000,
        ["{ budget: { ngte: 3000 } }"] = p => !(p.Budget >= 3000),
        ["{ budget: { lt: 3000 } }"] = p => p.Budget < 3000,
        ["{ budget: { nlt: 3000 } }"] = p => !(p.Budget < 3000),
        ["{ budget: { lte: 3000 } }"] = p => p.Budget <= 3000,
        ["{ budget: { nlte: 3000 } }"] = p => !(p.Budget <= 3000),
        ["{ budget: { gt: 1000, lt: 5000 } }"] = p => p.Budget is > 1000 and < 5000,
        // DateTime
        ["{ startDate: { eq: \"2020-07-01T00:00:00Z\" } }"] = p => p.StartDate == new DateTime(2020, 7, 1),
        ["{ startDate: { gte: \"2021-01-01T00:00:00Z\" } }"] = p => p.StartDate >= new DateTime(2021, 1, 1),
        ["{ startDate: { lt: \"2021-01-01T00:00:00Z\" } }"] = p => p.StartDate < new DateTime(2021, 1, 1),
        ["{ startDate: { nlte: \"2021-05-01T00:00:00Z\" } }"] = p => !(p.StartDate <= new DateTime(2021, 5, 1)),
        // Enum
        ["{ status: { eq: ACTIVE } }"] = p => p.Status == ProjectStatus.Active,
        ["{ status: { neq: ACTIVE } }"] = p => p.Status != ProjectStatus.Active,
        ["{ status: { in: [DRAFT, CLOSED] } }"] = p => p.Status is ProjectStatus.Draft or ProjectStatus.Closed,
        ["{ status: { nin: [DRAFT] } }"] = p => p.Status != ProjectStatus.Draft,
        // Boolean
        ["{ isPublic: { eq: true } }"] = p => p.IsPublic,
        ["{ isPublic: { neq: true } }"] = p => !p.IsPublic,
    };

    public static TheoryData<string> Filters => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task OperationMatchesLinqToObjects(string where)
    {
        var data = await DataAsync($"{{ projects(first: 50, where: {where}) {{ nodes {{ id }} }} }}");

        var expected = Seed.Organisations().SelectMany(o => o.Projects).Where(Cases[where]).Select(p => p.Id).Order();
        Assert.Equal(expected, Ids(data.GetProperty("projects")));
        Assert.NotEmpty(expected);
        Assert.Single(Sql);
    }

    [Fact]
    public async Task ValuesAreSentAsSqlParameters()
    {
        await DataAsync("{ projects(where: { title: { startsWith: \"Robert'); DROP TABLE Projects;--\" } }) { nodes { id } } }");

        var sql = Assert.Single(Sql);
        Assert.DoesNotContain("DROP TABLE", sql, StringComparison.Ordinal);
        Assert.Contains("@", sql, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ budget: { gt: null } }", "Query.projects: The filter operation \"gt\" does not accept null.")]
    [InlineData("{ title: { in: null } }", "Query.projects: The filter operation \"in\" needs a list and does not accept null.")]
    [InlineData("{ title: { startsWith: null } }", "Query.projects: The filter operation \"startsWith\" does not accept null.")]
    public async Task UnusableValuesAreFieldErrors(string where, string message)
    {
        var result = await RunAsync($"{{ projects(where: {where}) {{ nodes {{ id }} }} }}");

        var error = Assert.Single(result.Errors);
        Assert.Equal(message, error.Message);
        Assert.Equal(DataErrorCodes.InvalidFilter, error.Code);
    }
}
