using System.Text.Json.Nodes;

namespace SolidarityGraph.Client.Tests.Live;

/// <summary>Every curated query of <see cref="ISolidarityGraphClient"/> reads exactly what the raw HTTP response holds for the same document.</summary>
[Collection(LiveCollection.Name)]
public sealed class CuratedOperationsTests(LiveServer server)
{
    private readonly ISolidarityGraphClient _client = server.CreateClient();

    [Fact]
    public async Task GetProjectsReadsTheRawData()
    {
        var result = await _client.GetProjects.ExecuteAsync(5, null, new ProjectFilterInput { Kind = new ProjectKindOperationFilterInput { Neq = ProjectKind.Programme } }, [new ProjectSortInput { Title = SortEnumType.Asc }]);

        result.EnsureNoErrors();
        Assert.Equal(5, result.Data!.Projects!.Nodes!.Count);
        var raw = await server.RawDataAsync(GetProjectsQuery.Document, new { first = 5, where = new { kind = new { neq = "PROGRAMME" } }, order = new[] { new { title = "ASC" } } });
        JsonEquivalence.AssertSame(raw, result.Data);
    }

    [Fact]
    public async Task GetProjectReadsTheRawDataAndLeavesOutExcludedCitations()
    {
        var id = (await server.RawDataAsync("{ funding(first: 1) { nodes { project { id } } } }"))!["funding"]!["nodes"]![0]!["project"]!["id"]!.GetValue<string>();

        var result = await _client.GetProject.ExecuteAsync(id, null);
        var without = await _client.GetProject.ExecuteAsync(id, false);

        result.EnsureNoErrors();
        var project = Assert.IsAssignableFrom<IGetProject_Node_Project>(result.Data!.Node);
        Assert.NotNull(project.Citations);
        Assert.Null(Assert.IsAssignableFrom<IGetProject_Node_Project>(without.Data!.Node).Citations);
        JsonEquivalence.AssertSame(await server.RawDataAsync(GetProjectQuery.Document, new { id }), result.Data);
    }

    [Fact]
    public async Task GetOrganisationsReadsTheRawData()
    {
        var result = await _client.GetOrganisations.ExecuteAsync(10, null, null);

        result.EnsureNoErrors();
        JsonEquivalence.AssertSame(await server.RawDataAsync(GetOrganisationsQuery.Document, new { first = 10 }), result.Data);
    }

    [Fact]
    public async Task GetOrganisationFundingReadsTheRawData()
    {
        var where = new OrganisationFilterInput { Name = new StringOperationFilterInput { Eq = "setec Foundation" } };

        var result = await _client.GetOrganisationFunding.ExecuteAsync(where);

        result.EnsureNoErrors();
        JsonEquivalence.AssertSame(await server.RawDataAsync(GetOrganisationFundingQuery.Document, new { where = new { name = new { eq = "setec Foundation" } } }), result.Data);
    }

    [Fact]
    public async Task GetFundingFlowsReadsTheRawData()
    {
        var result = await _client.GetFundingFlows.ExecuteAsync(null, null);

        result.EnsureNoErrors();
        Assert.NotEmpty(result.Data!.FundingFlows);
        JsonEquivalence.AssertSame(await server.RawDataAsync(GetFundingFlowsQuery.Document), result.Data);
    }

    [Fact]
    public async Task GetIndicatorTotalsReadsTheRawData()
    {
        var code = (await server.RawDataAsync("{ indicatorValues(first: 1, where: { kind: { eq: ACTUAL } }) { nodes { indicator { code } } } }"))!
            ["indicatorValues"]!["nodes"]![0]!["indicator"]!["code"]!.GetValue<string>();

        var result = await _client.GetIndicatorTotals.ExecuteAsync(code, IndicatorGrouping.Country, null);

        result.EnsureNoErrors();
        Assert.NotEmpty(result.Data!.IndicatorTotals);
        JsonEquivalence.AssertSame(await server.RawDataAsync(GetIndicatorTotalsQuery.Document, new { code, groupBy = "COUNTRY" }), result.Data);
    }

    [Fact]
    public async Task SearchReadsTheRawDataAsPerTypeInterfaces()
    {
        var result = await _client.Search.ExecuteAsync("Mano", null);

        result.EnsureNoErrors();
        Assert.Contains(result.Data!.Search, r => r is ISearch_Search_Organisation { Name: "Mano a Mano Peru" });
        JsonEquivalence.AssertSame(await server.RawDataAsync(SearchQuery.Document, new { text = "Mano" }), result.Data);
    }

    [Fact]
    public async Task GetNodeReadsTheRawDataThroughFragmentInterfaces()
    {
        var id = await FirstAsync("{ funding(first: 1) { nodes { id } } }", "funding");

        var result = await _client.GetNode.ExecuteAsync(id);

        result.EnsureNoErrors();
        var funding = Assert.IsAssignableFrom<IFundingDetails>(result.Data!.Node);
        Assert.IsAssignableFrom<IOrganisationSummary>(funding.Funder);
        JsonEquivalence.AssertSame(await server.RawDataAsync(GetNodeQuery.Document, new { id }), result.Data);
    }

    private async Task<string> FirstAsync(string query, string field) =>
        (await server.RawDataAsync(query))![field]!["nodes"]![0]!["id"]!.GetValue<string>();
}
