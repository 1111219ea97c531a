using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Pipeline;
using SolidarityGraph.Testing;

namespace SolidarityGraph.Api.Tests.Schema.Cost;

/// <summary>
/// The static cost of operations on the Api schema (IBM Cost Directive specification, README "Limits"), read from
/// <c>extensions.cost</c>. Each expected cost is worked out by hand in the comment beside it: a connection costs 10
/// plus a page of items (first/last, else 10) of weight 1 each; a plain list of objects its <c>@listSize(assumedSize:)</c>
/// (citations 2, indicator values 3: <c>ListSizes</c>), else 10 items; scalars 0;
/// where/order 10 each; <c>__schema</c>/<c>__type</c> 1; <c>__typename</c> 0.
/// </summary>
[Collection(GraphQLCollection.Name)]
public sealed class CostTests(GraphQLHost host)
{
    public static TheoryData<string, string, string?, double> Documents => new()
    {
        // 10 (connection) + 5 × 1 (nodes)
        { "connection with first", "{ projects(first: 5) { nodes { id title } } }", null, 15 },
        // 10 + 10 × 1: no slicing argument, the default page size
        { "connection without slicing", "{ projects { nodes { id } } }", null, 20 },
        // 10 + 3 × 1 (last slices too)
        { "connection with last", "{ projects(last: 3) { nodes { id } } }", null, 13 },
        // 10 + edges 5 × (1 + node 1) + pageInfo 1
        { "edges and pageInfo", "{ projects(first: 5) { edges { cursor node { id } } pageInfo { hasNextPage } } }", null, 21 },
        // where 10 + order 10 + 10 + 2 × 1
        { "filter and sort", "{ projects(first: 2, where: { title: { contains: \"a\" } }, order: [{ title: ASC }]) { nodes { id } } }", null, 32 },
        // 10 + 3 × (1 + children 10 + 4 × 1)
        { "nested connections", "{ organisations(first: 3) { nodes { name children(first: 4) { nodes { name } } } } }", null, 55 },
        // 10 + 2 × (1 + citations 2 × 1): citations are assumed two per record
        { "plain list of objects", "{ projects(first: 2) { nodes { citations { __typename } } } }", null, 16 },
        // 10 + 2 × (1 + values 3 × 1): indicator values are assumed three per indicator
        { "plain list with an assumed size", "{ indicators(first: 2) { nodes { values { __typename } } } }", null, 18 },
        // 10 + 10 × (1 + citations 2 × 1 + participations 10 + 10 × (1 + organisation 1 + citations 2 × 1)):
        // a natural nested query without first: fits the default maximum of 1,000 (it cost 1,420 with lists of 10)
        { "nested without slicing", "{ projects { nodes { title citations { quote } participations { nodes { role organisation { name citations { quote } } } } } } }", null, 540 },
        // the same through a named fragment and an inline fragment
        { "fragments", "{ projects(first: 2) { nodes { ...P } } } fragment P on Project { ... on Project { citations { __typename } } }", null, 16 },
        // fields merged by response key count once: 10 + 2 × (1 + 2)
        { "merged fields", "{ projects(first: 2) { nodes { citations { __typename } citations { __typename } } } }", null, 16 },
        // 10 + 7 × 1 from the variable
        { "variable slicing argument", "query($n: Int) { projects(first: $n) { nodes { id } } }", "{\"n\": 7}", 17 },
        // 10 + 3 × 1 from the variable's default
        { "variable default", "query($n: Int = 3) { projects(first: $n) { nodes { id } } }", null, 13 },
        // 10 + 10 × 1: a variable left out without default is no slicing argument
        { "variable left out", "query($n: Int) { projects(first: $n) { nodes { id } } }", null, 20 },
        // 10 + 2 × (1 + 2)
        { "include true", "query($c: Boolean!) { projects(first: 2) { nodes { id citations @include(if: $c) { __typename } } } }", "{\"c\": true}", 16 },
        // 10 + 2 × 1
        { "include false", "query($c: Boolean!) { projects(first: 2) { nodes { id citations @include(if: $c) { __typename } } } }", "{\"c\": false}", 12 },
        // 10 + 2 × 1: the skipped spread costs nothing
        { "skip on a spread", "{ projects(first: 2) { nodes { id ...C @skip(if: true) } } } fragment C on Project { citations { __typename } }", null, 12 },
        // __schema 1
        { "introspection", "{ __schema { types { name fields { name } } } }", null, 1 },
        // __type 1 + 10 + 1 × 1; __typename 0
        { "introspection beside data", "{ __typename __type(name: \"Project\") { name } projects(first: 1) { nodes { id } } }", null, 12 },
        // the most expensive possible type: Project's 1 + citations 2
        { "abstract type", "query($id: ID!) { node(id: $id) { id ... on Project { citations { __typename } } ... on Place { name } } }", "{\"id\": \"UHJvamVjdDox\"}", 3 },
        // 20 × 1: search slices by first, whose default is 20
        { "default of a slicing argument", "{ search(text: \"water\") { id } }", null, 20 },
        // 20 × (1 + funder 1): fundingFlows covers first (default 20) funders
        { "fundingFlows", "{ fundingFlows { total funder { name } } }", null, 40 },
        // rateLimit costs nothing
        { "rateLimit", "{ rateLimit { limit cost remaining resetAt used } }", null, 0 },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task TheCostIsTheHandComputedOne(string label, string document, string? variables, double expected)
    {
        var response = await host.PostAsync(document, variables is null ? null : JsonNode.Parse(variables));
        var cost = response.Json["extensions"]?["cost"];
        Assert.True(cost is not null, $"{label}: no extensions.cost in {response.Body}");
        Assert.Equal(expected, cost!["requestedQueryCost"]!.GetValue<double>());
        Assert.Equal(GraphQLHost.MaxCost, cost["maximumAvailable"]!.GetValue<double>());
    }

    [Fact]
    public async Task ADeepWideQueryIsRefusedWithItsCostBeforeAnySqlRuns()
    {
        // Ten levels of fields (five connections and their nodes) of 50 items each: 50^5 organisations, far over the
        // maximum, though only 16 fields are selected and every depth and field limit holds.
        var document = "organisations(first: 50) { nodes { name ";
        for (var level = 1; level < 5; level++)
        {
            document += "children(first: 50) { nodes { name ";
        }

        document = "{ " + document + new string('}', 10) + " }";
        var response = await host.PostAsync(document);

        Assert.Equal(["GRAPHQL_MAX_COST"], response.ErrorCodes);
        var error = response.Json["errors"]![0]!;
        Assert.Contains("more than the maximum of 10,000", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(error["extensions"]!["cost"]!.GetValue<double>() > 3e8);
        Assert.Equal(GraphQLHost.MaxCost, error["extensions"]!["maximumCost"]!.GetValue<double>());
        Assert.Null(response.Json["data"]);
        Assert.Empty(response.Sql);
    }

    [Fact]
    public async Task TheCostHeadersAnswerAClientThatAsksForThem()
    {
        using var client = host.Factory.CreateClient();
        using var asked = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ projects(first: 5) { nodes { id } } }" }) };
        asked.Headers.Add("GraphQL-Cost", "report");
        using var answer = await client.SendAsync(asked);
        Assert.Equal("15", answer.Headers.GetValues("GraphQL-Cost-Requested").Single());
        Assert.Equal("10000", answer.Headers.GetValues("GraphQL-Cost-Maximum").Single());

        using var plain = await client.PostAsJsonAsync("/graphql", new { query = "{ projects(first: 5) { nodes { id } } }" });
        Assert.False(plain.Headers.Contains("GraphQL-Cost-Requested"));
    }

    [Fact]
    public void EveryCuratedOperationOfTheTypedClientFitsTheDefaultMaximum()
    {
        var folder = Path.Combine(RepositoryPaths.RepositoryRoot, "src", "Client", "SolidarityGraph.Client", "Operations");
        var text = string.Join("\n", Directory.GetFiles(folder, "*.graphql").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        var document = Parser.Parse(text);
        var executor = host.Factory.Services.GetRequiredService<RequestExecutor>();
        var schema = executor.Schema;
        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        Assert.True(operations.Count >= 8, $"Only {operations.Count} operations found in {folder}.");

        var costs = operations.Select(o => (Name: o.Name!.Value, Cost: OperationCostAnalyzer.Compute(schema, document, o, null, executor.Options.Cost))).ToList();
        var over = costs.Where(c => c.Cost > CostOptions.DefaultMaxCost).ToList();
        Assert.True(over.Count == 0, "Over the maximum: " + string.Join(", ", over.Select(c => $"{c.Name} {c.Cost}")));
        Assert.All(costs, c => Assert.True(c.Cost > 0, $"{c.Name} costs nothing, so the analysis missed its fields."));
    }
}
