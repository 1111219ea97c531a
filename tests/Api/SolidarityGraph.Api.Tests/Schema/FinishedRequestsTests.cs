using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SolidarityGraph.Testing;

namespace SolidarityGraph.Api.Tests.Schema;

/// <summary>
/// Nothing the Api keeps between requests (read context pool, pooled pending results, statement caches, kept field sets
/// and plans of a repeated document, the database driver's connection pool) holds a finished request: its HTTP context,
/// and with it the context data where the request memoised its plans, is collected once the caller moves on. On
/// PostgreSQL the request finishes on the pool thread that completed its last read (<see cref="Reachability"/>).
/// </summary>
public sealed class FinishedRequestsTests(GraphQLHost host) : IClassFixture<GraphQLHost>
{
    private const string ProjectList =
        "{ projects(first: 10) { nodes { title status funding { nodes { amount currency funder { name } } } participations { nodes { role organisation { name } } } } } }";

    [Theory]
    [InlineData(null)]
    [InlineData("Steward")]
    public async Task AFinishedProjectListRequestIsCollected(string? role)
    {
        // From its second run the document's field sets and plans are kept for later requests.
        await host.DataAsync(ProjectList, role: role);
        var expected = await host.DataAsync(ProjectList, role: role);

        var request = await PostAndForgetAsync(ProjectList, role, expected["projects"]!["nodes"]!.AsArray().Count);

        Assert.True(await Reachability.IsCollectedAsync(request));
    }

    /// <summary>Posts <paramref name="query"/> (answered with that many <paramref name="projects"/>) and returns a weak reference to the finished request's HTTP context.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private async Task<WeakReference> PostAndForgetAsync(string query, string? role, int projects)
    {
        var context = await host.Factory.Server.SendAsync(http =>
        {
            http.Request.Method = HttpMethods.Post;
            http.Request.Path = "/graphql";
            http.Request.ContentType = "application/json";
            http.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query })));
            if (role is not null)
            {
                http.Request.Headers[Auth.TestAuthentication.UserHeader] = "test." + role.ToLowerInvariant();
                http.Request.Headers[Auth.TestAuthentication.RoleHeader] = role;
            }
        });

        using var answer = await JsonDocument.ParseAsync(context.Response.Body);
        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.False(answer.RootElement.TryGetProperty("errors", out _), answer.RootElement.GetRawText());
        Assert.Equal(projects, answer.RootElement.GetProperty("data").GetProperty("projects").GetProperty("nodes").GetArrayLength());
        return new WeakReference(context);
    }
}
