using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SolidarityGraph.Api.Tests.Schema;

/// <summary>
/// Requests running at the same time each keep their read contexts until they end: a pooled context goes back to the
/// pool once, at the end of the request that rented it, never while a DataLoader batch of another request uses it.
/// </summary>
public sealed class ConcurrentRequestsTests : IAsyncLifetime
{
    private const string ProjectList =
        "{ projects(first: 10) { nodes { id title funding(first: 5) { nodes { amount funder { name } } } indicators(first: 5) { nodes { code title } } } } }";

    private readonly TempDatabase _database = new();
    private ApiFactory? _host;

    public Task InitializeAsync()
    {
        _host = new ApiFactory(_database.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        _database.Dispose();
    }

    [Fact]
    public async Task ManyRequestsAtOnceAllAnswerWithoutErrors()
    {
        var client = _host!.CreateClient();
        var expected = await PostAsync(client);

        for (var round = 0; round < 10; round++)
        {
            var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => PostAsync(client))));
            Assert.All(answers, answer => Assert.Equal(expected, answer));
        }
    }

    private static async Task<string> PostAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/graphql", new { query = ProjectList });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]!.ToJsonString();
    }
}
