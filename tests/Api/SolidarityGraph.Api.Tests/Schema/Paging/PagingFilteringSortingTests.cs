using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Schema.Node;

namespace SolidarityGraph.Api.Tests.Schema.Paging;

/// <summary>Connections over the seeded data: paging both ways, every filter operator kind, multi-key sorting.</summary>
[Collection(GraphQLCollection.Name)]
public sealed class PagingFilteringSortingTests(GraphQLHost host)
{
    private static List<string> Names(JsonNode connection, string field = "name") =>
        connection["nodes"]!.AsArray().Select(n => n![field]!.GetValue<string>()).ToList();

    private async Task<List<string>> AllOrganisationIdsAsync() =>
        (await host.WithDbAsync(db => db.Organisations.Select(o => o.Id).ToListAsync()))
            .OrderBy(id => id, StringComparer.Ordinal).Select(id => GlobalId.Encode("Organisation", id)).ToList();

    [Fact]
    public async Task PagesForwardsThroughEveryOrganisationOnce()
    {
        var expected = await AllOrganisationIdsAsync();
        var seen = new List<string>();
        string? after = null;
        for (var page = 0; page < 20; page++)
        {
            var data = await host.DataAsync(
                "query($after: String) { organisations(first: 4, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id } } } }",
                new { after });
            var connection = data["organisations"]!;
            Assert.Equal(expected.Count, connection["totalCount"]!.GetValue<int>());
            seen.AddRange(connection["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()));
            Assert.Equal(page > 0, connection["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
            if (!connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                break;
            }

            after = connection["pageInfo"]!["endCursor"]!.GetValue<string>();
        }

        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task PagesBackwardsFromTheEnd()
    {
        var expected = await AllOrganisationIdsAsync();
        var last = await host.DataAsync("{ organisations(last: 3) { pageInfo { hasPreviousPage hasNextPage startCursor } nodes { id } } }");
        Assert.Equal(expected[^3..], last["organisations"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
        Assert.True(last["organisations"]!["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());

        var before = last["organisations"]!["pageInfo"]!["startCursor"]!.GetValue<string>();
        var previous = await host.DataAsync("query($before: String) { organisations(last: 3, before: $before) { nodes { id } } }", new { before });
        Assert.Equal(expected[^6..^3], previous["organisations"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
    }

    public static TheoryData<string, string> StringOperators => new()
    {
        { "eq", "setec Foundation" }, { "neq", "setec Foundation" }, { "contains", "Mano" }, { "ncontains", "Mano" },
        { "startsWith", "Coop" }, { "nstartsWith", "Coop" }, { "endsWith", "Peru" }, { "nendsWith", "Peru" },
    };

    [Theory]
    [MemberData(nameof(StringOperators))]
    public async Task StringOperatorsMatchTheData(string operation, string operand)
    {
        var names = await host.WithDbAsync(db => db.Organisations.Select(o => o.Name).ToListAsync());
        Func<string, bool> predicate = operation switch
        {
            "eq" => n => n == operand,
            "neq" => n => n != operand,
            "contains" => n => n.Contains(operand, StringComparison.Ordinal),
            "ncontains" => n => !n.Contains(operand, StringComparison.Ordinal),
            "startsWith" => n => n.StartsWith(operand, StringComparison.Ordinal),
            "nstartsWith" => n => !n.StartsWith(operand, StringComparison.Ordinal),
            "endsWith" => n => n.EndsWith(operand, StringComparison.Ordinal),
            _ => n => !n.EndsWith(operand, StringComparison.Ordinal),
        };
        var data = await host.DataAsync(
            $"query($v: String) {{ organisations(first: 50, where: {{ name: {{ {operation}: $v }} }}, order: [{{ name: ASC }}]) {{ nodes {{ name }} }} }}", new { v = operand });

        var expected = names.Where(predicate).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Names(data["organisations"]!));
    }

    [Fact]
    public async Task InAndNotInOperatorsOnStringsAndEnums()
    {
        var data = await host.DataAsync("""
            {
              named: organisations(where: { name: { in: ["setec Foundation", "GSEF"] } }, order: [{ name: ASC }]) { nodes { name } }
              kinds: organisations(first: 50, where: { kind: { in: [FOUNDATION, COOPERATIVE] } }) { nodes { kind } }
              notKinds: organisations(first: 50, where: { kind: { nin: [FOUNDATION, COOPERATIVE] } }) { nodes { kind } }
              notNamed: organisations(first: 50, where: { name: { nin: ["GSEF"] } }) { nodes { name } }
            }
            """);

        Assert.Equal(["GSEF", "setec Foundation"], Names(data["named"]!));
        Assert.All(Names(data["kinds"]!, "kind"), k => Assert.Contains(k, new[] { "FOUNDATION", "COOPERATIVE" }));
        Assert.All(Names(data["notKinds"]!, "kind"), k => Assert.DoesNotContain(k, new[] { "FOUNDATION", "COOPERATIVE" }));
        Assert.DoesNotContain("GSEF", Names(data["notNamed"]!));
        var total = await host.WithDbAsync(db => db.Organisations.CountAsync());
        Assert.Equal(total, Names(data["kinds"]!, "kind").Count + Names(data["notKinds"]!, "kind").Count);
    }

    [Theory]
    [InlineData("gt", 111)]
    [InlineData("gte", 111)]
    [InlineData("lt", 111)]
    [InlineData("lte", 111)]
    [InlineData("ngt", 111)]
    [InlineData("ngte", 111)]
    [InlineData("nlt", 111)]
    [InlineData("nlte", 111)]
    [InlineData("eq", 303)]
    [InlineData("neq", 303)]
    public async Task ComparableOperatorsOnDecimals(string operation, int operand)
    {
        var values = await host.WithDbAsync(db => db.IndicatorValues.Select(v => v.Value).ToListAsync());
        Func<decimal, bool> predicate = operation switch
        {
            "gt" => v => v > operand, "gte" => v => v >= operand, "lt" => v => v < operand, "lte" => v => v <= operand,
            "ngt" => v => !(v > operand), "ngte" => v => !(v >= operand), "nlt" => v => !(v < operand), "nlte" => v => !(v <= operand),
            "eq" => v => v == operand, _ => v => v != operand,
        };
        var data = await host.DataAsync($"{{ indicatorValues(first: 50, where: {{ value: {{ {operation}: \"{operand}\" }} }}) {{ totalCount }} }}");

        Assert.Equal(values.Count(predicate), data["indicatorValues"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task BooleanAndCombinators()
    {
        var data = await host.DataAsync("""
            {
              online: events(where: { online: { eq: false } }) { totalCount }
              both: organisations(where: { and: [{ kind: { eq: NETWORK } }, { name: { contains: "Home" } }] }) { nodes { name } }
              either: organisations(where: { or: [{ name: { eq: "GSEF" } }, { name: { eq: "Alencop" } }] }, order: [{ name: ASC }]) { nodes { name } }
            }
            """);

        Assert.Equal(await host.WithDbAsync(db => db.Events.CountAsync(e => !e.Online)), data["online"]!["totalCount"]!.GetValue<int>());
        Assert.All(Names(data["both"]!), n => Assert.Contains("Home", n, StringComparison.Ordinal));
        Assert.NotEmpty(Names(data["both"]!));
        Assert.Equal(["Alencop", "GSEF"], Names(data["either"]!));
    }

    [Fact]
    public async Task SortsByEveryKeyInListOrder()
    {
        var rows = await host.WithDbAsync(db => db.Organisations.Select(o => new { o.Kind, o.Name }).ToListAsync());
        var data = await host.DataAsync("{ organisations(first: 50, order: [{ kind: ASC }, { name: DESC }]) { nodes { kind name } } }");

        // Enums are stored by name, so the database orders kinds by their CLR names.
        var expected = rows.OrderBy(r => r.Kind.ToString(), StringComparer.Ordinal)
            .ThenByDescending(r => r.Name, StringComparer.Ordinal)
            .Select(r => r.Name).ToList();
        Assert.Equal(expected, Names(data["organisations"]!));
    }
}
