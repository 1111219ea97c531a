using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SolidarityGraph.Api.Schema.Node;
using SolidarityGraph.Bench.Ceiling;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Testing.Databases;

namespace SolidarityGraph.Api.Tests.Benchmarks;

/// <summary>
/// The Api and the benchmark's ceiling (<c>bench/SolidarityGraph.Bench.Ceiling</c>) over one seeded database, the Api
/// in process and the ceiling on Kestrel. One citation of the project is marked as personal data first, so the
/// ceiling must withhold its quote from an anonymous caller as the Api does.
/// </summary>
public sealed class CeilingFixture : IAsyncLifetime
{
    private readonly TempDatabase _database = new();
    private WebApplication? _ceiling;

    public ApiFactory Api { get; private set; } = null!;

    public HttpClient Ceiling { get; private set; } = null!;

    /// <summary>The global ID of the seeded project with the most citations, one of them now marked as personal data.</summary>
    public string Project { get; private set; } = "";

    /// <summary>The global ID of the seeded organisation with the most funding given and received.</summary>
    public string Organisation { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Api = new ApiFactory(_database.ConnectionString);
        var data = await CeilingAgreementTests.PostAsync(Api.CreateClient(),
            "{ organisations(first: 30) { nodes { id fundingGiven { totalCount } fundingReceived { totalCount } } } projects(first: 10) { nodes { id citations { id } } } }");
        Organisation = Most(data["organisations"]!, o => o!["fundingGiven"]!["totalCount"]!.GetValue<int>() + o["fundingReceived"]!["totalCount"]!.GetValue<int>());
        Project = Most(data["projects"]!, p => p!["citations"]!.AsArray().Count);

        await using (var scope = Api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SolidarityGraphDbContext>();
            var key = GlobalId.Decode(Project).Key;
            var citation = await db.Citations.Where(c => c.Subject.Id == key).OrderBy(c => c.Id).Skip(1).FirstAsync();
            citation.MarkPersonalData(true);
            await db.SaveChangesAsync();
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _ceiling = builder.Build();
        CeilingServer.Map(_ceiling, new CeilingDatabase(TestProvider.Name, _database.ConnectionString));
        await _ceiling.StartAsync();
        var address = _ceiling.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Ceiling = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        Ceiling.Dispose();
        if (_ceiling is not null)
        {
            await _ceiling.DisposeAsync();
        }

        await Api.DisposeAsync();
        _database.Dispose();
    }

    private static string Most(JsonNode list, Func<JsonNode?, int> count) =>
        list["nodes"]!.AsArray().OrderByDescending(count).First()!["id"]!.GetValue<string>();
}

/// <summary>
/// The benchmark gate kept honest: every fixed query of <c>bench/api/queries.json</c> gets the same JSON (parsed; the
/// Api's <c>extensions</c> left out) from the ceiling as from the Api, for an anonymous caller on the seeded database.
/// </summary>
public sealed class CeilingAgreementTests(CeilingFixture fixture) : IClassFixture<CeilingFixture>
{
    public static TheoryData<string> Queries() => new(CeilingQueries.Texts().Select(q => q.Name));

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task TheCeilingAnswersAsTheApiDoes(string name)
    {
        var request = Request(name);

        var api = await SendAsync(fixture.Api.CreateClient(), request);
        var ceiling = await SendAsync(fixture.Ceiling, request);

        Assert.Equal(HttpStatusCode.OK, api.Status);
        Assert.Equal(HttpStatusCode.OK, ceiling.Status);
        api.Body.Remove("extensions");
        Assert.Null(api.Body["errors"]);
        Assert.True(JsonNode.DeepEquals(api.Body, ceiling.Body), $"{name} differs.\nApi:     {api.Body.ToJsonString()}\nceiling: {ceiling.Body.ToJsonString()}");
    }

    [Fact]
    public async Task TheProjectsCitationsIncludeAWithheldQuote()
    {
        var answer = await SendAsync(fixture.Ceiling, Request("projectCitations"));

        var citations = answer.Body["data"]!["node"]!["citations"]!.AsArray();
        Assert.Contains(citations, c => c!["containsPersonalData"]!.GetValue<bool>() && c["quote"] is null);
        Assert.Contains(citations, c => !c!["containsPersonalData"]!.GetValue<bool>() && c["quote"] is not null);
    }

    [Theory]
    [InlineData("{\"query\":\"{ projects(first: 11) { nodes { title } } }\"}", "only the fixed queries")]
    [InlineData("not json", "not JSON")]
    [InlineData("{\"query\":\"query ProjectCitations($id: ID!) { node(id: $id) { id ... on Project { title status citations { quote supports assertion containsPersonalData source { title } } } } }\"}", "$id")]
    public async Task AnythingElseIs400WithAGraphQLError(string body, string message)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await fixture.Ceiling.PostAsync("/graphql", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!["message"]!.GetValue<string>();
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    internal static async Task<JsonNode> PostAsync(HttpClient client, string query)
    {
        var answer = await SendAsync(client, new JsonObject { ["query"] = query });
        Assert.Null(answer.Body["errors"]);
        return answer.Body["data"]!;
    }

    /// <summary>The request the harness sends: the query, its literal variables and the picked records' IDs.</summary>
    private JsonObject Request(string name)
    {
        var query = CeilingQueries.Texts().Single(q => q.Name == name);
        var variables = query.Variables is null ? new JsonObject() : JsonNode.Parse(query.Variables)!.AsObject();
        foreach (var (variable, pick) in query.Pick)
        {
            variables[variable] = pick == "project" ? fixture.Project : fixture.Organisation;
        }

        var request = new JsonObject { ["query"] = query.Query };
        if (variables.Count > 0)
        {
            request["variables"] = variables;
        }

        return request;
    }

    private static async Task<(HttpStatusCode Status, JsonObject Body)> SendAsync(HttpClient client, JsonObject request)
    {
        using var response = await client.PostAsJsonAsync("/graphql", request);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonNode.Parse(body) as JsonObject ?? throw new InvalidOperationException($"not a JSON object: {body}"));
    }
}
