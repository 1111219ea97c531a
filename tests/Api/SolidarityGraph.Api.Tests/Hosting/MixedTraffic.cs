using System.Net.Http.Json;

namespace SolidarityGraph.Api.Tests.Hosting;

/// <summary>A round of the requests users send: GraphQL queries (good, invalid, without <c>query</c>), pages, assets, health.</summary>
internal static class MixedTraffic
{
    private static readonly string[] Queries =
    [
        "{ projects(first: 10) { totalCount nodes { id title funding { nodes { amount currency funder { name } } } } } }",
        "{ organisations(first: 20) { nodes { id name } } }",
        "{ search(text: \"women\") { __typename } }",
        "{ indicators(first: 5) { nodes { code values { kind value citations { quote source { title } } } } } }",
        "{ places(first: 10) { nodes { name } } }",
        "{ __schema { types { name } } }",
        "{ projects { nodes { noSuchField } } }",
    ];

    private static readonly string[] Paths = ["/", "/health", "/admin", "/admin.css", "/graphql/", "/graphql/schema.graphql", "/graphql"];

    /// <summary>Sends <paramref name="rounds"/> rounds of <see cref="Queries"/> and <see cref="Paths"/>; returns the request count.</summary>
    public static async Task<int> SendAsync(Uri baseAddress, int rounds)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        var sent = 0;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var query in Queries)
            {
                using var response = await client.PostAsJsonAsync("/graphql", new { query });
                sent++;
            }

            foreach (var path in Paths)
            {
                using var response = await client.GetAsync(path);
                sent++;
            }
        }

        return sent;
    }
}
