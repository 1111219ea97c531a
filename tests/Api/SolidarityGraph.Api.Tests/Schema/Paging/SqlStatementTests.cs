namespace SolidarityGraph.Api.Tests.Schema.Paging;

/// <summary>Nested lists are batched: one statement per list level, however many parents (no N+1).</summary>
[Collection(GraphQLCollection.Name)]
public sealed class SqlStatementTests(GraphQLHost host)
{
    [Fact]
    public async Task ThreeNestedPagedLevelsCostOneStatementPerLevel()
    {
        var response = await host.PostAsync("""
            {
              organisations(first: 10, order: [{ name: ASC }]) {
                nodes {
                  name
                  participations(first: 2) {
                    nodes {
                      role
                      project { title }
                    }
                  }
                  fundingGiven(first: 2) { nodes { amount } }
                }
              }
            }
            """);

        Assert.True(response.Json["errors"] is null, response.Body);
        // organisations, participations of all 10 organisations, fundings of all 10, projects of all participations.
        Assert.Equal(4, response.Sql.Count);
        Assert.Contains("FROM \"Organisations\"", response.Sql[0], StringComparison.Ordinal);
        Assert.Single(response.Sql, s => s.Contains("FROM \"Participations\"", StringComparison.Ordinal) && s.Contains(" IN (", StringComparison.Ordinal));
        Assert.Single(response.Sql, s => s.Contains("FROM \"Fundings\"", StringComparison.Ordinal) && s.Contains(" IN (", StringComparison.Ordinal));
        Assert.Single(response.Sql, s => s.Contains("FROM \"Projects\"", StringComparison.Ordinal));
    }
}
