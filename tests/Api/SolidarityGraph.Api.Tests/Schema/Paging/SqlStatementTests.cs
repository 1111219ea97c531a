namespace SolidarityGraph.Api.Tests.Schema.Paging;

/// <summary>
/// Nested lists are batched: one statement per list level, however many parents (no N+1); root connections read only
/// the selected columns plus the key and the foreign keys that selected relation fields need.
/// </summary>
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
        var organisations = SelectList(response.Sql[0]);
        Assert.Contains("\"Name\"", organisations, StringComparison.Ordinal);
        Assert.Contains("\"Id\"", organisations, StringComparison.Ordinal);
        foreach (var unrequested in new[] { "Description", "Acronym", "HeadquartersPlaceId", "ParentId" })
        {
            Assert.DoesNotContain($"\"{unrequested}\"", organisations, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AProjectedRootListReadsOnlyTheRequestedColumns()
    {
        var response = await host.PostAsync("{ projects(first: 10) { nodes { title } } }");

        Assert.True(response.Json["errors"] is null, response.Body);
        var select = SelectList(Assert.Single(response.Sql));
        Assert.Contains("\"Title\"", select, StringComparison.Ordinal);
        Assert.Contains("\"Id\"", select, StringComparison.Ordinal);
        foreach (var unrequested in new[] { "Description", "Objectives", "ParentId", "IatiIdentifier", "TitleLanguage" })
        {
            Assert.DoesNotContain($"\"{unrequested}\"", select, StringComparison.Ordinal);
        }

        var titles = await host.WithDbAsync(db => Task.FromResult(db.Projects.OrderBy(p => p.Id).Take(10).Select(p => p.Title).ToList()));
        var nodes = response.Json["data"]!["projects"]!["nodes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>());
        Assert.Equal(titles, nodes);
    }

    [Fact]
    public async Task ARelationFieldMakesTheProjectionReadItsForeignKey()
    {
        var response = await host.PostAsync("{ participations(first: 5) { nodes { project { title } } } }");

        Assert.True(response.Json["errors"] is null, response.Body);
        var select = SelectList(response.Sql[0]);
        Assert.Contains("\"ProjectId\"", select, StringComparison.Ordinal); // Requires(ProjectId), not selected itself
        Assert.DoesNotContain("\"OrganisationId\"", select, StringComparison.Ordinal);
        Assert.All(response.Json["data"]!["participations"]!["nodes"]!.AsArray(), n => Assert.False(string.IsNullOrEmpty(n!["project"]!["title"]!.GetValue<string>())));
    }

    /// <summary>The column list of a statement: the text before its first <c>FROM</c>.</summary>
    private static string SelectList(string sql) => sql[..sql.IndexOf("FROM", StringComparison.Ordinal)];
}
