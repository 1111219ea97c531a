using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Schema.Node;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Api.Tests.Schema.Paging;

/// <summary>
/// Connections below a list (read per level in one batch, each parent's page windowed in SQL) page, filter, sort and
/// count exactly like root connections: checked for every organisation against the database.
/// </summary>
[Collection(GraphQLCollection.Name)]
public sealed class ChildConnectionTests(GraphQLHost host)
{
    private const string Organisations = "organisations(first: 50, order: [{ name: ASC }])";

    [Fact]
    public async Task EveryParentPagesForwardsThroughItsChildrenOnce()
    {
        var expected = await ParticipationsByOrganisationAsync();
        var seen = new Dictionary<string, List<string>>();
        var cursors = new Dictionary<string, string?>();
        for (var round = 0; round < 20; round++)
        {
            // Every organisation pages one step per round; the cursor of each one goes with its own request.
            var pending = round == 0 ? expected.Keys.ToList() : cursors.Where(c => c.Value is not null).Select(c => c.Key).ToList();
            if (pending.Count == 0)
            {
                break;
            }

            foreach (var organisation in pending)
            {
                cursors.TryGetValue(organisation, out var after);
                var data = await host.DataAsync(
                    "query($id: ID!, $after: String) { node(id: $id) { ... on Organisation { participations(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } } } }",
                    new { id = organisation, after });
                var connection = data["node"]!["participations"]!;
                Assert.Equal(expected[organisation].Count, connection["totalCount"]!.GetValue<int>());
                seen.TryAdd(organisation, new List<string>());
                seen[organisation].AddRange(connection["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
                cursors[organisation] = connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? connection["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
            }
        }

        Assert.Equal(expected, seen);
        Assert.Contains(expected.Values, list => list.Count > 1); // some organisation really needed a second page
    }

    [Fact]
    public async Task LastAndBeforePageBackwardsPerParent()
    {
        var expected = await ParticipationsByOrganisationAsync();
        var data = await host.DataAsync($"{{ {Organisations} {{ nodes {{ id participations(last: 1) {{ pageInfo {{ hasPreviousPage startCursor }} nodes {{ id }} }} }} }} }}");

        foreach (var node in data["organisations"]!["nodes"]!.AsArray())
        {
            var all = expected[node!["id"]!.GetValue<string>()];
            var connection = node["participations"]!;
            Assert.Equal(all.TakeLast(1), Ids(connection));
            Assert.Equal(all.Count > 1, connection["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
            if (all.Count > 1)
            {
                var before = connection["pageInfo"]!["startCursor"]!.GetValue<string>();
                var previous = await host.DataAsync(
                    "query($id: ID!, $before: String) { node(id: $id) { ... on Organisation { participations(last: 1, before: $before) { nodes { id } } } } }",
                    new { id = node["id"]!.GetValue<string>(), before });
                Assert.Equal(all.SkipLast(1).TakeLast(1), Ids(previous["node"]!["participations"]!));
            }
        }
    }

    [Fact]
    public async Task FilterOrderAndCountApplyPerParent()
    {
        var rows = await host.WithDbAsync(db => db.Participations.Select(p => new { p.OrganisationId, p.Id, p.Role }).ToListAsync());
        var data = await host.DataAsync($$"""
            { {{Organisations}} { nodes { id participations(first: 1, where: { role: { neq: FUNDING } }, order: [{ role: DESC }]) { totalCount nodes { id role } } } } }
            """);

        foreach (var node in data["organisations"]!["nodes"]!.AsArray())
        {
            var key = GlobalId.Decode(node!["id"]!.GetValue<string>()).Key;
            // Enums are stored by name, so the database orders roles by their names; the id breaks ties.
            var matching = rows.Where(r => r.OrganisationId == key && r.Role != ParticipationRole.Funding)
                .OrderByDescending(r => r.Role.ToString(), StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
            var connection = node["participations"]!;
            Assert.Equal(matching.Count, connection["totalCount"]!.GetValue<int>());
            Assert.Equal(matching.Take(1).Select(r => GlobalId.Encode("Participation", r.Id)), Ids(connection));
        }
    }

    [Theory]
    [InlineData("first: 2", false)]
    [InlineData("last: 2", true)]
    public async Task EachParentsPageKeepsTheStatementsDescendingOrder(string page, bool backward)
    {
        // The middleware takes each parent's window in the order the batch statement returned it (no second sort).
        var rows = await host.WithDbAsync(db => db.Participations.Select(p => new { p.OrganisationId, p.Id, p.Role }).ToListAsync());
        var data = await host.DataAsync($$"""
            { {{Organisations}} { nodes { id participations({{page}}, order: [{ role: DESC }, { id: DESC }]) { nodes { id } } } } }
            """);

        foreach (var node in data["organisations"]!["nodes"]!.AsArray())
        {
            var key = GlobalId.Decode(node!["id"]!.GetValue<string>()).Key;
            // Enums are stored by name, so the database orders roles by their names.
            var ordered = rows.Where(r => r.OrganisationId == key)
                .OrderByDescending(r => r.Role.ToString(), StringComparer.Ordinal).ThenByDescending(r => r.Id, StringComparer.Ordinal).ToList();
            var expected = backward ? ordered.TakeLast(2) : ordered.Take(2);
            Assert.Equal(expected.Select(r => GlobalId.Encode("Participation", r.Id)), Ids(node["participations"]!));
        }

        Assert.Contains(rows.GroupBy(r => r.OrganisationId), parent => parent.Count() > 1); // some page holds two rows to order
    }

    private static List<string> Ids(JsonNode connection) => connection["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();

    /// <summary>Each organisation's participation ids (global), in key order, the default order of a connection.</summary>
    private async Task<Dictionary<string, List<string>>> ParticipationsByOrganisationAsync()
    {
        var organisations = await host.WithDbAsync(db => db.Organisations.Select(o => o.Id).ToListAsync());
        var participations = await host.WithDbAsync(db => db.Participations.Select(p => new { p.OrganisationId, p.Id }).ToListAsync());
        return organisations.ToDictionary(
            o => GlobalId.Encode("Organisation", o),
            o => participations.Where(p => p.OrganisationId == o).Select(p => p.Id).Order(StringComparer.Ordinal).Select(id => GlobalId.Encode("Participation", id)).ToList());
    }
}
