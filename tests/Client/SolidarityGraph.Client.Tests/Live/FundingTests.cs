namespace SolidarityGraph.Client.Tests.Live;

/// <summary>The seeded funding read through the typed client: decimals stay exact.</summary>
[Collection(LiveCollection.Name)]
public sealed class FundingTests(LiveServer server)
{
    [Fact]
    public async Task SetecFundsManoAManoWith16322EuroAShareOf0_2333()
    {
        var client = server.CreateClient();

        var result = await client.GetOrganisationFunding.ExecuteAsync(new OrganisationFilterInput { Name = new StringOperationFilterInput { Eq = "setec Foundation" } });

        result.EnsureNoErrors();
        var setec = Assert.Single(result.Data!.Organisations!.Nodes!);
        var funding = Assert.Single(setec.FundingGiven!.Nodes!, f => f.Recipient?.Name == "Mano a Mano Peru");
        Assert.Equal(16322m, funding.Amount);
        Assert.Equal("EUR", funding.Currency);
        Assert.Equal(0.2333m, funding.Share);
        Assert.Equal(AssertionKind.Derived, funding.ShareAssertion);
        Assert.Equal("setec Foundation", funding.Funder.Name);
    }

    [Fact]
    public async Task FundingFlowsKeepUnknownAmountsNull()
    {
        var result = await server.CreateClient().GetFundingFlows.ExecuteAsync(null, null);

        result.EnsureNoErrors();
        var setec = Assert.Single(result.Data!.FundingFlows, f => f.Funder.Name == "setec Foundation" && f.Currency == "EUR");
        Assert.Equal(16322m, setec.Total);
        Assert.All(result.Data.FundingFlows.Where(f => f.Currency is null), f => Assert.Null(f.Total));
    }
}
