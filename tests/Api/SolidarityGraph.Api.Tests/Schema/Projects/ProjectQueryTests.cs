using System.Globalization;
using System.Text.Json.Nodes;
using SolidarityGraph.Testing;
using Snapshooter.Xunit;

namespace SolidarityGraph.Api.Tests.Schema.Projects;

[Collection(GraphQLCollection.Name)]
public sealed class ProjectQueryTests(GraphQLHost host)
{
    private static decimal Number(JsonNode? value) => decimal.Parse(value!.GetValue<string>(), CultureInfo.InvariantCulture);

    [Fact]
    public async Task CochabambaProjectReportsItsIndicatorsWithComparators()
    {
        var data = await host.DataAsync("""
            {
              projects(first: 1, where: { title: { contains: "Cochabamba" } }) {
                nodes {
                  title
                  indicators(first: 20, order: [{ code: ASC }]) {
                    totalCount
                    nodes { code title unitLabel values { kind value comparator isLowerBound dimensions { name value } citations { quote } } }
                  }
                }
              }
            }
            """);

        var project = Assert.Single(data["projects"]!["nodes"]!.AsArray())!;
        var values = project["indicators"]!["nodes"]!.AsArray()
            .SelectMany(i => i!["values"]!.AsArray().Select(v => (Code: i["code"]!.GetValue<string>(), Value: v!)))
            .ToList();
        var women = Assert.Single(values, v => v.Code == "SG:WOMEN_TRAINED").Value;
        Assert.Equal(303m, Number(women["value"]));
        Assert.Equal("APPROX", women["comparator"]!.GetValue<string>());
        Assert.True(women["isLowerBound"]!.GetValue<bool>());
        Assert.Contains(women["citations"]!.AsArray(), c => c!["quote"]!.GetValue<string>().Contains("About 303 women", StringComparison.Ordinal));
        var officials = Assert.Single(values, v => v.Code == "SG:OFFICIALS_TRAINED").Value;
        Assert.Equal((111m, "EQ"), (Number(officials["value"]), officials["comparator"]!.GetValue<string>()));
        var proposals = Assert.Single(values, v => v.Code == "SG:POLICY_PROPOSALS").Value;
        Assert.Equal((12m, "EQ"), (Number(proposals["value"]), proposals["comparator"]!.GetValue<string>()));
        var reach = Assert.Single(values, v => v.Code == "SG:PEOPLE_REACHED").Value;
        Assert.Equal((20573m, "GT"), (Number(reach["value"]), reach["comparator"]!.GetValue<string>()));
        Snapshot.Match(GraphQLHost.Print(data));
    }

    [Fact]
    public async Task IndicatorTotalsAreLowerBoundsWhenAnyValueIsApproximate()
    {
        var data = await host.DataAsync("""
            {
              women: indicatorTotals(code: "SG:WOMEN_TRAINED") { code total isLowerBound valueCount }
              byCountry: indicatorTotals(code: "SG:WOMEN_TRAINED", groupBy: COUNTRY) { key total isLowerBound }
              byFunder: indicatorTotals(code: "SG:WOMEN_TRAINED", groupBy: FUNDER) { label total isLowerBound }
              officials: indicatorTotals(code: "SG:OFFICIALS_TRAINED") { total isLowerBound }
            }
            """);

        var women = Assert.Single(data["women"]!.AsArray())!;
        Assert.Equal(303m, Number(women["total"]));
        Assert.True(women["isLowerBound"]!.GetValue<bool>());
        var bolivia = Assert.Single(data["byCountry"]!.AsArray())!;
        Assert.Equal("BO", bolivia["key"]!.GetValue<string>());
        Assert.Contains(data["byFunder"]!.AsArray(), g => g!["label"]!.GetValue<string>().Contains("Generalitat Valenciana", StringComparison.Ordinal));
        var officials = Assert.Single(data["officials"]!.AsArray())!;
        Assert.Equal(111m, Number(officials["total"]));
        Assert.False(officials["isLowerBound"]!.GetValue<bool>());
    }

    [Fact]
    public async Task SearchFindsMainTypesByText()
    {
        var data = await host.DataAsync("""{ search(text: "cochabamba") { __typename ... on Project { title } ... on Place { name } } }""");

        var hits = data["search"]!.AsArray();
        Assert.Contains(hits, h => h!["__typename"]!.GetValue<string>() == "Project");
        Assert.Contains(hits, h => h!["__typename"]!.GetValue<string>() == "Place" && h["name"]!.GetValue<string>() == "Cochabamba");
    }
}
