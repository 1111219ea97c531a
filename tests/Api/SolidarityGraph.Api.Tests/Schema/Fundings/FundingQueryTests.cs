using System.Text.Json.Nodes;
using SolidarityGraph.Testing;
using Snapshooter.Xunit;

namespace SolidarityGraph.Api.Tests.Schema.Fundings;

[Collection(GraphQLCollection.Name)]
public sealed class FundingQueryTests(GraphQLHost host)
{
    [Fact]
    public async Task SetecFundingOfManoAManoPeruCarriesAmountDerivedShareAndQuote()
    {
        var data = await host.DataAsync("""
            {
              organisations(first: 1, where: { name: { eq: "setec Foundation" } }) {
                nodes {
                  name
                  fundingGiven(first: 5) {
                    nodes {
                      amount currency share shareAssertion instrument programme flowStage
                      recipient { name }
                      project { title budgets { value { amount currency } } }
                      citations { quote assertion supports source { title } }
                    }
                  }
                }
              }
            }
            """);

        var funding = data["organisations"]!["nodes"]![0]!["fundingGiven"]!["nodes"]![0]!;
        Assert.Equal("EUR", funding["currency"]!.GetValue<string>());
        Assert.Equal(16322m, decimal.Parse(funding["amount"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0.2333", funding["share"]!.GetValue<string>());
        Assert.Equal("DERIVED", funding["shareAssertion"]!.GetValue<string>());
        Assert.Equal("Mano a Mano Peru", funding["recipient"]!["name"]!.GetValue<string>());
        Assert.Contains(
            funding["citations"]!.AsArray(),
            c => c!["quote"]!.GetValue<string>() == "The setec Foundation is supporting the project with a contribution of 16,322 euros"
                && c["assertion"]!.GetValue<string>() == "STATED");
        Snapshot.Match(GraphQLHost.Print(data));
    }

    [Fact]
    public async Task FundingFlowsNeverMixCurrenciesOrCountUnknownAmountsAsZero()
    {
        var data = await host.DataAsync("{ fundingFlows { funder { name } currency total fundingCount unknownAmountCount } }");

        var flows = data["fundingFlows"]!.AsArray();
        var setec = Assert.Single(flows, f => f!["funder"]!["name"]!.GetValue<string>() == "setec Foundation")!;
        Assert.Equal("EUR", setec["currency"]!.GetValue<string>());
        Assert.Equal(16322m, decimal.Parse(setec["total"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
        // F1 and F2 have no amount: their flows carry no currency and no total, only counts.
        var unknown = flows.Where(f => f!["total"] is null).ToList();
        Assert.Equal(2, unknown.Count);
        Assert.All(unknown, f => Assert.Null(f!["currency"]));
        Assert.All(unknown, f => Assert.Equal(1, f!["unknownAmountCount"]!.GetValue<int>()));
        Assert.All(flows, f => Assert.True(f!["currency"] is null || f["currency"]!.GetValue<string>().Length == 3));
    }
}
