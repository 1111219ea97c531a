using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SolidarityGraph.Api.Tests.Hosting;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Persistence.Providers;
using SolidarityGraph.Testing.Databases;

namespace SolidarityGraph.Api.Tests.Scaling;

/// <summary>
/// Two real API processes (Kestrel, Production) on one PostgreSQL database of the run's throwaway server, configured as
/// docs/deploy.md says: the same connection string, a shared key folder and one public issuer (instance A's address,
/// standing in for the reverse proxy's). The administrator and a writing partner application are created once.
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    /// <summary>Secret of the <c>writer</c> client.</summary>
    public const string Secret = "two-instances-secret-0123456789-abcdef";

    public ReadmeServer A { get; private set; } = null!;

    public ReadmeServer B { get; private set; } = null!;

    /// <summary>Both instances' database.</summary>
    public DatabaseSettings Database { get; private set; } = null!;

    /// <summary>Configuration of an instance on a new database of the run's server (environment variables).</summary>
    public static async Task<(Dictionary<string, string?> Environment, DatabaseSettings Database, int Port)> ConfigurationAsync(string prefix)
    {
        var server = await PostgresServer.SharedAsync();
        var database = new DatabaseSettings(DatabaseProvider.Postgres, server.NewDatabaseName(prefix));
        var port = ReadmeServer.FreePort();
        var environment = new Dictionary<string, string?>
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__SolidarityGraph"] = database.ConnectionString,
            ["PartnerAccess__KeyFolder"] = Path.Combine(server.SharedFolder, prefix + "-" + Guid.NewGuid().ToString("N")),
            ["PartnerAccess__Issuer"] = $"http://127.0.0.1:{port}/",
        };
        return (environment, database, port);
    }

    public async Task InitializeAsync()
    {
        var (environment, database, port) = await ConfigurationAsync("sg_two");
        Database = database;
        A = await ReadmeServer.StartAsync(environment, port);
        B = await ReadmeServer.StartAsync(environment, createAdmin: false);
        var created = await A.RunVerbAsync(["create-client", "--client-id", "writer", "--scopes", "graph.read graph.write"],
            new Dictionary<string, string?> { ["SG_CLIENT_SECRET"] = Secret });
        Assert.True(created.Succeeded, created.FailureMessage);
    }

    /// <summary>A client credentials token of the <c>writer</c> application from <paramref name="server"/>'s token endpoint.</summary>
    public static async Task<string> TokenAsync(ReadmeServer server)
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        using var response = await http.PostAsync("connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "writer", ["client_secret"] = Secret, ["scope"] = "graph.read graph.write",
        }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonNode.Parse(body)!["access_token"]!.GetValue<string>();
    }

    /// <summary>Posts a GraphQL request to <paramref name="server"/> with <paramref name="token"/> as the bearer.</summary>
    public static async Task<JsonObject> GraphQLAsync(ReadmeServer server, string token, string query, object? variables = null)
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(body) as JsonObject ?? throw new InvalidOperationException($"{(int)response.StatusCode}: {body}");
    }

    /// <summary>A domain context on the instances' database.</summary>
    public SolidarityGraphDbContext Db() => DatabaseInitializer.CreateContext(Database);

    public async Task DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        await (await PostgresServer.SharedAsync()).DropDatabaseAsync(Database.ConnectionString);
    }
}
