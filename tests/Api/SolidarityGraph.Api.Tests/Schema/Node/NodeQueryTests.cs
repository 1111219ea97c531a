using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Schema.Node;
using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Api.Tests.Schema.Node;

/// <summary><c>node</c>/<c>nodes</c> round trips for every node type with seeded rows, and their error cases.</summary>
[Collection(GraphQLCollection.Name)]
public sealed class NodeQueryTests(GraphQLHost host)
{
    public static TheoryData<string> NodeTypeNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in NodeTypes.Names.Order(StringComparer.Ordinal))
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(NodeTypeNames))]
    public async Task NodeRoundTripsEveryType(string typeName)
    {
        var entity = NodeTypes.EntityTypes.Single(t => t.Name == typeName);
        var keys = await host.WithDbAsync(db => ((IQueryable<EntityBase>)db.GetType().GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!
            .MakeGenericMethod(entity).Invoke(db, null)!).Select(e => e.Id).Take(1).ToListAsync());
        if (keys.Count == 0)
        {
            // The seed holds no personal rows (DOMAIN.md §5.4; PrivacyTests cover them) and no individually known proposals (§5.3).
            Assert.Contains(typeName, new[] { "Entrepreneur", "PolicyProposal" });
            return;
        }

        var id = GlobalId.Encode(typeName, keys[0]);
        var data = await host.DataAsync("query($id: ID!) { node(id: $id) { __typename id } nodes(ids: [$id, $id]) { id } }", new { id }, role: "Steward");

        Assert.Equal(typeName, data["node"]!["__typename"]!.GetValue<string>());
        Assert.Equal(id, data["node"]!["id"]!.GetValue<string>());
        Assert.All(data["nodes"]!.AsArray(), n => Assert.Equal(id, n!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task WellFormedUnknownIdGivesNullWithoutError()
    {
        var data = await host.DataAsync("""{ node(id: "UHJvamVjdDowMUpEMlo1TjhRM1c0WDVZNlo3QThCOUMwRA") { id } }""");
        Assert.Null(data["node"]);
    }

    [Theory]
    [InlineData("UHJvamVjdDowMUpEMlo1TjhRM1c0WDVZNlo3QThCOUMwRA==", "MALFORMED_BASE64")]
    [InlineData("Tm9wZTowMUpEMlo1TjhRM1c0WDVZNlo3QThCOUMwRA", "UNKNOWN_TYPE")]
    [InlineData("UHJvamVjdDpub3QtYS11bGlk", "INVALID_KEY")]
    public async Task MalformedIdsAreFieldErrorsWithCodeAndReason(string id, string reason)
    {
        var response = await host.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id });

        Assert.Equal(System.Net.HttpStatusCode.OK, response.Status);
        Assert.Equal(["INVALID_ID"], response.ErrorCodes);
        Assert.Equal(reason, response.Json["errors"]![0]!["extensions"]!["reason"]!.GetValue<string>());
        Assert.Null(response.Json["data"]!["node"]);
    }

    [Fact]
    public async Task ForeignIdForATypedArgumentIsATypeMismatch()
    {
        var funding = GlobalId.Encode("Funding", "01JD2Z5N8Q3W4X5Y6Z7A8B9C0D");
        var response = await host.PostAsync("query($id: ID) { fundingFlows(funder: $id) { total } }", new { id = funding });

        Assert.Equal(["INVALID_ID"], response.ErrorCodes);
        Assert.Equal("TYPE_MISMATCH", response.Json["errors"]![0]!["extensions"]!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task NodesRejectsMoreThanFiftyIds()
    {
        var ids = Enumerable.Repeat("UHJvamVjdDowMUpEMlo1TjhRM1c0WDVZNlo3QThCOUMwRA", 51).ToArray();
        var response = await host.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });

        Assert.Equal(["NODE_BATCH_TOO_LARGE"], response.ErrorCodes);
    }

    [Fact]
    public async Task NodesReportsABadIdAtItsIndexOnly()
    {
        var good = await host.WithDbAsync(db => db.Projects.Select(p => p.Id).FirstAsync());
        var response = await host.PostAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = new[] { GlobalId.Encode("Project", good), "not*base64" } });
        Assert.True(response.Json["data"]?["nodes"] is not null, response.Body);

        Assert.Equal(["INVALID_ID"], response.ErrorCodes);
        Assert.NotNull(response.Json["data"]!["nodes"]![0]);
        Assert.Null(response.Json["data"]!["nodes"]![1]);
        Assert.Equal(1, response.Json["errors"]![0]!["path"]![1]!.GetValue<int>());
    }

    [Fact]
    public async Task NodeReadsOnlyWhatTheSelectionAsksOfTheConcreteType()
    {
        var key = await host.WithDbAsync(db => db.Organisations.Where(o => o.Acronym != null).Select(o => o.Id).FirstAsync());
        var response = await host.PostAsync("""
            query($id: ID!) {
              node(id: $id) {
                id
                ... on Project { title status }
                ... on Organisation { name }
                ...Short
              }
            }
            fragment Short on Organisation { acronym }
            """, new { id = GlobalId.Encode("Organisation", key) });

        Assert.True(response.Json["errors"] is null, response.Body);
        var organisation = await host.WithDbAsync(db => db.Organisations.SingleAsync(o => o.Id == key));
        Assert.Equal(organisation.Name, response.Json["data"]!["node"]!["name"]!.GetValue<string>());
        Assert.Equal(organisation.Acronym, response.Json["data"]!["node"]!["acronym"]!.GetValue<string>());
        var statement = Assert.Single(response.Sql);
        Assert.Equal(["Acronym", "Id", "Name"], Columns(statement));
    }

    [Fact]
    public async Task NodesOfSeveralTypesReadEachTypesSelectionInOneStatementPerType()
    {
        var organisation = await host.WithDbAsync(db => db.Organisations.Select(o => o.Id).FirstAsync());
        var projects = await host.WithDbAsync(db => db.Projects.OrderBy(p => p.Id).Select(p => p.Id).Take(2).ToListAsync());
        var ids = new[] { GlobalId.Encode("Project", projects[0]), GlobalId.Encode("Organisation", organisation), GlobalId.Encode("Project", projects[1]) };
        var response = await host.PostAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Organisation { name } ... on Project { title } } }", new { ids });

        Assert.True(response.Json["errors"] is null, response.Body);
        Assert.Equal(ids, response.Json["data"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
        Assert.Equal(2, response.Sql.Count);
        Assert.Equal(["Id", "Name"], Columns(Assert.Single(response.Sql, s => s.Contains("FROM \"Organisations\"", StringComparison.Ordinal))));
        Assert.Equal(["Id", "Title"], Columns(Assert.Single(response.Sql, s => s.Contains("FROM \"Projects\"", StringComparison.Ordinal))));
    }

    /// <summary>The columns a statement reads (its select list), sorted.</summary>
    private static string[] Columns(string sql) =>
        [.. System.Text.RegularExpressions.Regex.Matches(sql[..sql.IndexOf("FROM", StringComparison.Ordinal)], "\"?\\w+\"?\\.\"(\\w+)\"")
            .Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal)];
}
