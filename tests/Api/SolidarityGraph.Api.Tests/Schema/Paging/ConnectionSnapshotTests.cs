using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Schema.Node;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.Testing;
using Snapshooter.Xunit;

namespace SolidarityGraph.Api.Tests.Schema.Paging;

/// <summary>
/// The printed responses of real queries on the seeded database, reviewed like code: paging both ways, each filter
/// operator kind, multi-key sorting and a <c>node</c> round trip per node type. <see cref="PagingFilteringSortingTests"/>
/// and <see cref="Node.NodeQueryTests"/> check the same behaviour against expectations computed from the database.
/// </summary>
[Collection(GraphQLCollection.Name)]
public sealed class ConnectionSnapshotTests(GraphQLHost host)
{
    private static readonly GraphQL.Types.Schema Schema = SolidarityGraph.Api.Schema.SolidarityGraphSchema.Build();

    [Fact]
    public async Task PagingForwardsAndBackwards()
    {
        const string Page = "pageInfo { hasNextPage hasPreviousPage } nodes { name }";
        var first = await host.DataAsync($"{{ organisations(first: 5, order: [{{ name: ASC }}]) {{ {Page} pageInfo {{ endCursor }} }} }}");
        var after = first["organisations"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var second = await host.DataAsync($"query($after: String) {{ organisations(first: 5, after: $after, order: [{{ name: ASC }}]) {{ {Page} }} }}", new { after });
        var last = await host.DataAsync($"{{ organisations(last: 5, order: [{{ name: ASC }}]) {{ {Page} pageInfo {{ startCursor }} }} }}");
        var before = last["organisations"]!["pageInfo"]!["startCursor"]!.GetValue<string>();
        var previous = await host.DataAsync($"query($before: String) {{ organisations(last: 5, before: $before, order: [{{ name: ASC }}]) {{ {Page} }} }}", new { before });

        Snapshot.Match(GraphQLHost.Print(new JsonObject
        {
            ["first 5"] = WithoutCursors(first),
            ["next 5 (after)"] = second["organisations"]!.DeepClone(),
            ["last 5"] = WithoutCursors(last),
            ["previous 5 (before)"] = previous["organisations"]!.DeepClone(),
        }));
    }

    [Fact]
    public async Task EveryFilterOperatorKind()
    {
        // Nested-object and list operators (some/all/none/any) need navigations, which the domain model does not have;
        // the data library's own tests cover them.
        var data = await host.DataAsync("""
            {
              eq: organisations(where: { name: { eq: "GSEF" } }) { nodes { name } }
              neq: organisations(first: 3, where: { name: { neq: "GSEF" } }, order: [{ name: ASC }]) { totalCount nodes { name } }
              in: organisations(where: { name: { in: ["GSEF", "setec Foundation"] } }, order: [{ name: ASC }]) { nodes { name } }
              nin: organisations(where: { name: { nin: ["GSEF", "setec Foundation"] } }) { totalCount }
              contains: organisations(first: 50, where: { name: { contains: "Mano" } }, order: [{ name: ASC }]) { nodes { name } }
              ncontains: organisations(where: { name: { ncontains: "Mano" } }) { totalCount }
              startsWith: organisations(first: 50, where: { name: { startsWith: "Coop" } }, order: [{ name: ASC }]) { nodes { name } }
              nstartsWith: organisations(where: { name: { nstartsWith: "Coop" } }) { totalCount }
              endsWith: organisations(first: 50, where: { name: { endsWith: "Peru" } }, order: [{ name: ASC }]) { nodes { name } }
              nendsWith: organisations(where: { name: { nendsWith: "Peru" } }) { totalCount }
              enumIn: organisations(first: 50, where: { kind: { in: [FOUNDATION, COOPERATIVE] } }, order: [{ name: ASC }]) { nodes { kind name } }
              enumNin: organisations(where: { kind: { nin: [FOUNDATION, COOPERATIVE] } }) { totalCount }
              gt: indicatorValues(first: 50, where: { value: { gt: "111" } }, order: [{ value: ASC }]) { nodes { value comparator } }
              gte: indicatorValues(where: { value: { gte: "111" } }) { totalCount }
              lt: indicatorValues(where: { value: { lt: "111" } }) { totalCount }
              lte: indicatorValues(where: { value: { lte: "111" } }) { totalCount }
              ngt: indicatorValues(where: { value: { ngt: "111" } }) { totalCount }
              ngte: indicatorValues(where: { value: { ngte: "111" } }) { totalCount }
              nlt: indicatorValues(where: { value: { nlt: "111" } }) { totalCount }
              nlte: indicatorValues(where: { value: { nlte: "111" } }) { totalCount }
              boolean: events(where: { online: { eq: false } }) { totalCount }
              and: organisations(where: { and: [{ kind: { eq: NETWORK } }, { name: { contains: "Home" } }] }) { nodes { kind name } }
              or: organisations(where: { or: [{ name: { eq: "GSEF" } }, { name: { eq: "Alencop" } }] }, order: [{ name: ASC }]) { nodes { name } }
            }
            """);

        Snapshot.Match(GraphQLHost.Print(data));
    }

    [Fact]
    public async Task MultiKeySorting()
    {
        var data = await host.DataAsync("""
            {
              kindThenName: organisations(first: 50, order: [{ kind: ASC }, { name: DESC }]) { nodes { kind name } }
              valueThenKind: indicatorValues(first: 8, order: [{ value: DESC }, { kind: ASC }]) { nodes { value kind } }
            }
            """);

        Snapshot.Match(GraphQLHost.Print(data));
    }

    [Fact]
    public async Task NodeRoundTripsEveryType()
    {
        var results = new JsonObject();
        foreach (var type in NodeTypes.EntityTypes.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            var keys = await host.WithDbAsync(db => ((IQueryable<EntityBase>)db.GetType().GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!
                .MakeGenericMethod(type).Invoke(db, null)!).Select(e => e.Id).OrderBy(id => id).Take(1).ToListAsync());
            if (keys.Count == 0)
            {
                results[type.Name] = "no seeded row";
                continue;
            }

            var id = GlobalId.Encode(type.Name, keys[0]);
            var data = await host.DataAsync($"query($id: ID!) {{ node(id: $id) {{ __typename id ... on {type.Name} {{ {DisplayField(type.Name)} }} }} }}", new { id }, role: "Steward");
            Assert.Equal(id, data["node"]!["id"]!.GetValue<string>());
            results[type.Name] = data["node"]!.DeepClone();
        }

        Snapshot.Match(GraphQLHost.Print(results));
    }

    /// <summary>
    /// The type's first non-null string field after <c>id</c> (a title, name or code), else its first non-null leaf
    /// (an edge's role or amount), to show the right row came back.
    /// </summary>
    private static string DisplayField(string typeName)
    {
        var fields = ((ObjectType)Schema.GetType(typeName)!).Fields.Where(f => f.Name != "id" && f.Arguments.Count == 0).ToList();
        var field = fields.FirstOrDefault(f => f.Type is NonNullType { OfType: ScalarType { Name: "String" } })
            ?? fields.FirstOrDefault(f => f.Type is NonNullType { OfType: EnumType })
            ?? fields.First(f => f.Type is NonNullType { OfType: ScalarType { Name: not "DateTime" } }); // timestamps vary per seeding
        return field.Name;
    }

    private static JsonNode WithoutCursors(JsonObject data)
    {
        var connection = data["organisations"]!.DeepClone();
        var pageInfo = (JsonObject)connection["pageInfo"]!;
        pageInfo.Remove("endCursor");
        pageInfo.Remove("startCursor");
        return connection;
    }
}
