using System.Net.Http.Headers;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SolidarityGraph.Api.Schema.Node;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Benchmarks;

/// <summary>
/// The whole Api in process (TestServer: routing, authentication, the GraphQL pipeline, EF Core, real SQLite) on a
/// freshly seeded file, posting one query per operation. Allocations count every thread, so they include the
/// in-process client's share.
/// </summary>
[MemoryDiagnoser]
public abstract class ApiHost
{
    /// <summary>The queries, by name; <c>ProjectList</c> is the one the domain-API issue names.</summary>
    public static readonly IReadOnlyDictionary<string, string> Queries = new Dictionary<string, string>
    {
        ["ProjectList"] = "{ projects(first: 10) { nodes { id title funding(first: 5) { nodes { amount funder { name } } } indicators(first: 5) { nodes { code title } } } } }",
        ["OrganisationsThreeLevels"] = "{ organisations(first: 10, order: [{ name: ASC }]) { nodes { name participations(first: 2) { nodes { role project { title } } } fundingGiven(first: 2) { nodes { amount } } } } }",
        ["ProjectTitles"] = "{ projects(first: 10) { nodes { title } } }",
        ["ProjectListFunders"] = "{ projects(first: 10) { nodes { title status funding { nodes { amount currency funder { name } } } participations { nodes { role organisation { name } } } } } }",
        ["OrganisationFunding"] = "{ node(id: \"{OrganisationId}\") { ... on Organisation { name fundingGiven { nodes { amount currency recipient { name } project { title } } } fundingReceived { nodes { amount currency funder { name } } } } } }",
        ["ProjectCitations"] = "{ node(id: \"{ProjectId}\") { ... on Project { title status citations { quote supports assertion source { title url } } } } }",
        ["Search"] = "{ search(text: \"coop\", first: 20) { __typename id ... on Project { title } ... on Organisation { name } ... on Place { name } } }",
        // The texts bench/api/queries.json sends (operations with variables, as partners write them).
        ["OrganisationFundingVariables"] = "query OrganisationFunding($id: ID!) { node(id: $id) { id ... on Organisation { name acronym fundingGiven(first: 5) { totalCount nodes { amount currency recipient { name } project { title } } } fundingReceived(first: 5) { totalCount nodes { amount currency funder { name } } } } } }",
        ["ProjectCitationsVariables"] = "query ProjectCitations($id: ID!) { node(id: $id) { id ... on Project { title status citations { quote supports assertion containsPersonalData source { title } } } } }",
        // The node path alone against a root list reading the same row, and the pipeline's floor.
        ["OrganisationFirst"] = "{ organisations(first: 1) { nodes { name } } }",
        ["NodeOrganisation"] = "query NodeOrganisation($id: ID!) { node(id: $id) { id ... on Organisation { name } } }",
        ["NodesOrganisations"] = "query NodesOrganisations($ids: [ID!]!) { nodes(ids: $ids) { id ... on Organisation { name } } }",
        ["Typename"] = "{ __typename }",
    };

    /// <summary>The variables (JSON, with the placeholders of <see cref="WithSeedIds"/>) of the queries that have them, by name.</summary>
    public static readonly IReadOnlyDictionary<string, string> Variables = new Dictionary<string, string>
    {
        ["OrganisationFundingVariables"] = "{ \"id\": \"{OrganisationId}\" }",
        ["ProjectCitationsVariables"] = "{ \"id\": \"{ProjectId}\" }",
        ["NodeOrganisation"] = "{ \"id\": \"{OrganisationId}\" }",
        ["NodesOrganisations"] = "{ \"ids\": [\"{OrganisationId}\", \"{OrganisationId}\"] }",
    };

    private string _folder = "";
    private WebApplicationFactory<Program>? _factory;
    private HttpClient? _client;
    private byte[] _body = [];

    private int _answerLength;

    /// <summary>Posts the query; throws when the answer differs in length from the first (an error or a refusal).</summary>
    [Benchmark]
    public async Task<int> Post()
    {
        var length = (await PostAsync()).Length;
        return length == _answerLength ? length : throw new InvalidOperationException($"The answer has {length} characters instead of {_answerLength}.");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client?.Dispose();
        _factory?.Dispose();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>
    /// Starts the Api on a new seeded file, lets <see cref="Grow"/> add rows, and checks <paramref name="query"/> (with
    /// <paramref name="variables"/>, JSON) answers without errors.
    /// </summary>
    protected void Start(string query, string? variables = null)
    {
        _folder = Path.Combine(Path.GetTempPath(), "sg-api-bench-" + Guid.NewGuid().ToString("N"));
        var connectionString = $"Data Source={Path.Combine(_folder, "solidaritygraph.db")}";
        // The factory guesses the content root from the solution layout, which has a folder level more; name it.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_SOLIDARITYGRAPH_API", ApiFolder());
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ConnectionStrings:SolidarityGraph", connectionString);
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            // One caller sends every request: without this its points budget runs out after a few hundred requests and
            // the rest would measure the rate limiter's refusal.
            builder.UseSetting("RateLimits:PointsPerHour", "1000000000");
            builder.UseSetting("RateLimits:RequestsPerWindow", "1000000000");
            builder.UseEnvironment("Production");
        });
        _client = _factory.CreateClient();
        Grow(_factory.Services);
        query = WithSeedIds(query, _factory.Services);
        _body = Encoding.UTF8.GetBytes(variables is null
            ? System.Text.Json.JsonSerializer.Serialize(new { query })
            : System.Text.Json.JsonSerializer.Serialize(new { query, variables = System.Text.Json.Nodes.JsonNode.Parse(WithSeedIds(variables, _factory.Services)) }));
        var first = PostAsync().GetAwaiter().GetResult();
        if (first.Contains("\"errors\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The query answered with errors: {first}");
        }

        _answerLength = first.Length;
    }

    /// <summary>Adds rows to the seeded database before the first request (nothing by default: the seed as it ships).</summary>
    protected virtual void Grow(IServiceProvider services)
    {
    }

    /// <summary>
    /// <paramref name="query"/> with <c>{OrganisationId}</c> replaced by the global ID of the organisation that gives and
    /// receives the most funding (together), and <c>{ProjectId}</c> by that of the project with the most citations.
    /// </summary>
    private static string WithSeedIds(string query, IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SolidarityGraphDbContext>();
        if (query.Contains("{OrganisationId}", StringComparison.Ordinal))
        {
            var fundings = db.Fundings.Select(f => new { f.FunderId, f.RecipientId }).ToList();
            var organisation = fundings.Select(f => f.FunderId).Concat(fundings.Select(f => f.RecipientId)).OfType<string>()
                .GroupBy(id => id).OrderByDescending(g => g.Count()).First().Key;
            query = query.Replace("{OrganisationId}", GlobalId.Encode("Organisation", organisation), StringComparison.Ordinal);
        }

        if (query.Contains("{ProjectId}", StringComparison.Ordinal))
        {
            var project = db.Citations.AsEnumerable().Where(c => c.Subject.Kind == NodeKind.Project)
                .GroupBy(c => c.Subject.Id).OrderByDescending(g => g.Count()).First().Key;
            query = query.Replace("{ProjectId}", GlobalId.Encode("Project", project), StringComparison.Ordinal);
        }

        return query;
    }

    private static string ApiFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var api = Path.Combine(folder.FullName, "src", "Api", "SolidarityGraph.Api");
            if (File.Exists(Path.Combine(folder.FullName, "SolidarityGraph.sln")) && Directory.Exists(api))
            {
                return api;
            }
        }

        throw new DirectoryNotFoundException("Run the benchmarks from a clone of the repository (src/Api/SolidarityGraph.Api not found).");
    }

    private async Task<string> PostAsync()
    {
        using var content = new ByteArrayContent(_body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _client!.PostAsync("/graphql", content);
        return await response.Content.ReadAsStringAsync();
    }
}
