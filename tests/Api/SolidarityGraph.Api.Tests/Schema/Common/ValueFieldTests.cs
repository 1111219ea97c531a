namespace SolidarityGraph.Api.Tests.Schema.Common;

/// <summary>
/// Fields holding value objects answer in lists, in one statement that reads only what they need: a computed value
/// reads the columns it is computed from, a JSON column is read whole, an owned collection joins its own table.
/// </summary>
[Collection(GraphQLCollection.Name)]
public sealed class ValueFieldTests(GraphQLHost host)
{
    [Fact]
    public async Task FundingValueIsComputedFromAmountAndCurrencyOnly()
    {
        var response = await host.PostAsync("{ funding(first: 50) { nodes { value { amount currency } } } }");

        Assert.True(response.Json["errors"] is null, response.Body);
        var values = response.Json["data"]!["funding"]!["nodes"]!.AsArray().Select(n => n!["value"]).ToList();
        Assert.Contains(values, v => v is not null && v["currency"]!.GetValue<string>() == "EUR");
        var statement = Assert.Single(response.Sql);
        var columns = SelectList(statement);
        Assert.Contains("\"Amount\"", columns, StringComparison.Ordinal);
        Assert.Contains("\"Currency\"", columns, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Purpose\"", columns, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Programme\"", columns, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonListsAndOwnedCollectionsAnswerInAListInOneStatement()
    {
        var response = await host.PostAsync("""
            {
              projects(first: 50) {
                nodes { dates { type date { value precision } } alternativeTitles { text lang } externalIds { scheme value } }
              }
            }
            """);

        Assert.True(response.Json["errors"] is null, response.Body);
        var projects = response.Json["data"]!["projects"]!["nodes"]!.AsArray();
        Assert.Contains(projects, p => p!["dates"]!.AsArray().Count > 0);
        Assert.Contains(projects, p => p!["externalIds"]!.AsArray().Count > 0);
        var statement = Assert.Single(response.Sql);
        var columns = SelectList(statement);
        Assert.Contains("\"Dates\"", columns, StringComparison.Ordinal);
        Assert.Contains("\"AlternativeTitles\"", columns, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Objectives\"", columns, StringComparison.Ordinal);
        Assert.Contains("ProjectExternalIds", statement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValueListsOfEventsCampaignsAndIndicatorValuesAnswer()
    {
        var data = await host.DataAsync("""
            {
              events(first: 50) { nodes { featuredExperiences { label organisation { name } } } }
              campaigns(first: 50) { nodes { materials { type title } } }
              indicatorValues(first: 50) { nodes { dimensions { name value } } }
            }
            """);

        Assert.Contains(data["events"]!["nodes"]!.AsArray(), e => e!["featuredExperiences"]!.AsArray().Count > 0);
        Assert.Contains(data["campaigns"]!["nodes"]!.AsArray(), c => c!["materials"]!.AsArray().Count > 0);
        Assert.Contains(data["indicatorValues"]!["nodes"]!.AsArray(), v => v!["dimensions"]!.AsArray().Count > 0);
    }

    private static string SelectList(string sql) => sql[..sql.IndexOf("FROM", StringComparison.Ordinal)];
}
