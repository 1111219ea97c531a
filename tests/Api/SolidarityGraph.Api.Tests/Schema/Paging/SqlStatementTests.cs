using SolidarityGraph.Testing.Databases;

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
        var all = string.Join("\n\n", response.Sql);
        // A batch's keys travel as one parameter, so every batch size shares one SQL text and compiled query: SQLite's
        // json_each(@keys), PostgreSQL's = ANY (@keys) array.
        var keys = TestProvider.IsPostgres ? "= ANY (@" : " IN (";
        // organisations, participations of all 10 organisations, fundings of all 10, projects of all participations.
        Assert.True(response.Sql.Count == 4, all);
        Assert.Contains("FROM \"Organisations\"", response.Sql[0], StringComparison.Ordinal);
        Assert.True(response.Sql.Count(s => s.Contains("FROM \"Participations\"", StringComparison.Ordinal) && s.Contains(keys, StringComparison.Ordinal)) == 1, all);
        Assert.True(response.Sql.Count(s => s.Contains("FROM \"Fundings\"", StringComparison.Ordinal) && s.Contains(keys, StringComparison.Ordinal)) == 1, all);
        Assert.Single(response.Sql, s => s.Contains("FROM \"Projects\"", StringComparison.Ordinal));
        var organisations = SelectList(response.Sql[0]);
        Assert.Contains("\"Name\"", organisations, StringComparison.Ordinal);
        Assert.Contains("\"Id\"", organisations, StringComparison.Ordinal);
        foreach (var unrequested in new[] { "Description", "Acronym", "HeadquartersPlaceId", "ParentId" })
        {
            Assert.DoesNotContain($"\"{unrequested}\"", organisations, StringComparison.Ordinal);
        }

        // The child levels are DataLoader batches; they read the selected members, the key, the foreign key they group
        // by and the members the selected relations require — nothing else.
        AssertColumns(Statement(response.Sql, "Participations"), ["Id", "Role", "OrganisationId", "ProjectId"]);
        // Each parent reads its own page plus one row (to know whether another page exists), however many children it has.
        // (SQLite quotes every alias, PostgreSQL only those that need it.)
        Assert.Matches("ROW_NUMBER\\(\\) OVER\\(PARTITION BY \"?p\"?\\.\"OrganisationId\"", Statement(response.Sql, "Participations"));
        Assert.Matches("\"?row\"? <= 3", Statement(response.Sql, "Participations"));
        Assert.Matches("\"?row\"? <= 3", Statement(response.Sql, "Fundings"));
        Assert.Contains(TestProvider.IsPostgres ? "= ANY (@" : "json_each(@", Statement(response.Sql, "Participations"), StringComparison.Ordinal);
        Assert.DoesNotContain("IN (@", all, StringComparison.Ordinal);
        AssertColumns(Statement(response.Sql, "Fundings"), ["Id", "Amount", "FunderId"]);
        AssertColumns(Statement(response.Sql, "Projects"), ["Id", "Title"]);
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

    [Fact]
    public async Task AChildLevelReadsTheColumnsItsFilterAndOrderNeed()
    {
        var response = await host.PostAsync("""
            {
              organisations(first: 50, order: [{ name: ASC }]) {
                nodes {
                  name
                  participations(where: { role: { eq: FUNDING } }, order: [{ role: DESC }]) { nodes { id } }
                }
              }
            }
            """);

        Assert.True(response.Json["errors"] is null, response.Body);
        var participations = SelectList(Statement(response.Sql, "Participations"));
        Assert.Contains("\"Role\"", participations, StringComparison.Ordinal); // filtered and sorted by, not selected
        Assert.DoesNotContain("\"ProjectId\"", participations, StringComparison.Ordinal);
        // The in-memory filter saw real roles (a projection without Role would read the default and match nothing).
        var expected = await host.WithDbAsync(db => Task.FromResult(db.Organisations.OrderBy(o => o.Name).ThenBy(o => o.Id).Take(50)
            .Select(o => db.Participations.Count(p => p.OrganisationId == o.Id && p.Role == Domain.Projects.ParticipationRole.Funding)).ToList()));
        var counts = response.Json["data"]!["organisations"]!["nodes"]!.AsArray().Select(o => o!["participations"]!["nodes"]!.AsArray().Count);
        Assert.Equal(expected, counts);
        Assert.Contains(expected, c => c > 0);
    }

    /// <summary>The one statement that reads from <paramref name="table"/>.</summary>
    private static string Statement(IReadOnlyList<string> sql, string table) =>
        Assert.Single(sql, s => s.Contains($"FROM \"{table}\"", StringComparison.Ordinal));

    /// <summary>Asserts that the statement's column list is exactly <paramref name="columns"/> (in any order).</summary>
    private static void AssertColumns(string sql, string[] columns)
    {
        var read = System.Text.RegularExpressions.Regex.Matches(SelectList(sql), "\"?\\w+\"?\\.\"<?(\\w+?)(?:>k__BackingField)?\"")
            .Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        Assert.True(read.SetEquals(columns), $"Expected the columns {string.Join(", ", columns.Order())}, read {string.Join(", ", read.Order())}:\n{sql}");
    }

    /// <summary>The column list of a statement: the text before its first <c>FROM</c>.</summary>
    private static string SelectList(string sql) => sql[..sql.IndexOf("FROM", StringComparison.Ordinal)];
}
