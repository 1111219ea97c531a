using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using SolidarityGraph.Api.Tests.Hosting;
using SolidarityGraph.Testing;

namespace SolidarityGraph.Api.Tests.Auth.PartnerAccess;

/// <summary>
/// A real server (<see cref="ReadmeServer"/>) whose issuer names its own fixed port, with partner applications
/// registered through the <c>create-client</c> verb before it starts. Shared by the tests of a class.
/// </summary>
public class PartnerServerFixture : IAsyncLifetime
{
    private readonly IReadOnlyDictionary<string, string?> _environment;

    public PartnerServerFixture()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <summary>A server with <paramref name="environment"/> added to its configuration.</summary>
    protected PartnerServerFixture(IReadOnlyDictionary<string, string?> environment) => _environment = environment;

    /// <summary>The audience the server puts in its tokens (the default of PartnerAccess:Audience).</summary>
    public const string Audience = "solidaritygraph-api";

    /// <summary>Secret of every registered client (passed as SG_CLIENT_SECRET).</summary>
    public const string Secret = "partner-secret-0123456789-abcdefghij";

    /// <summary>Client ids and the scopes they were registered with.</summary>
    public static readonly IReadOnlyDictionary<string, string> Clients = new Dictionary<string, string>
    {
        ["reader"] = "graph.read",
        ["writer"] = "graph.read graph.write",
    };

    public ReadmeServer Server { get; private set; } = null!;

    public Uri Issuer { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var port = ReadmeServer.FreePort();
        Issuer = new Uri($"http://127.0.0.1:{port}/");
        var environment = new Dictionary<string, string?>(_environment) { ["PartnerAccess__Issuer"] = Issuer.ToString() };
        Server = await ReadmeServer.StartAsync(environment, port);
        foreach (var (id, scopes) in Clients)
        {
            await RegisterAsync(Server, id, scopes);
        }

        var explorer = await Server.RunVerbAsync(
            ["create-client", "--client-id", PeopleClient, "--name", "Graph Explorer", "--scopes", "graph.read graph.write pii.read", "--redirect-uri", Callback.ToString()],
            new Dictionary<string, string?> { ["SG_CLIENT_SECRET"] = null });
        Assert.True(explorer.Succeeded, explorer.FailureMessage);
        Http = new HttpClient { BaseAddress = Server.BaseAddress };
    }

    /// <summary>The public client for people (authorization code with PKCE).</summary>
    public const string PeopleClient = "explorer";

    /// <summary>Where <see cref="PeopleClient"/> receives its codes (the page itself does not exist).</summary>
    public Uri Callback => new(Issuer, "oauth-callback");

    // Start-up may have failed part way (no server, or a server whose clients were not all registered): stop what
    // did start, so the test reports the start-up failure and leaves no server process behind.
    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }

    /// <summary>Registers a client with <see cref="Secret"/> through the <c>create-client</c> verb.</summary>
    public static async Task RegisterAsync(ReadmeServer server, string clientId, string scopes)
    {
        var created = await server.RunVerbAsync(["create-client", "--client-id", clientId, "--scopes", scopes],
            new Dictionary<string, string?> { ["SG_CLIENT_SECRET"] = Secret });
        Assert.True(created.Succeeded, created.FailureMessage);
    }

    /// <summary>A token from the token endpoint by client credentials (plain HTTP, RFC 6749 §4.4).</summary>
    public async Task<string> TokenAsync(string clientId, string? scope = null, string secret = Secret)
    {
        using var response = await RequestTokenAsync(clientId, scope, secret);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonNode.Parse(body)!["access_token"]!.GetValue<string>();
    }

    /// <summary>The raw token response.</summary>
    public Task<HttpResponseMessage> RequestTokenAsync(string clientId, string? scope, string secret = Secret)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret };
        if (scope is not null)
        {
            form["scope"] = scope;
        }

        return Http.PostAsync("connect/token", new FormUrlEncodedContent(form));
    }

    /// <summary>Posts a GraphQL request with <paramref name="token"/> as the bearer (none when null).</summary>
    public async Task<(HttpResponseMessage Response, JsonNode? Json)> GraphQLAsync(string? token, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql")
        {
            Content = JsonContent.Create(new { query }),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    /// <summary>Runs the third-party client (openid-client + jose) and returns what it printed.</summary>
    public JsonNode RunThirdPartyClient(string clientId, string secret, string? scope)
    {
        var input = JsonSerializer.Serialize(new { issuer = Issuer.ToString(), clientId, clientSecret = secret, scope, audience = Audience });
        return JsonNode.Parse(ConformanceNode.Run(["oauth-client-credentials.mjs"], input, TimeSpan.FromMinutes(1)))!;
    }
}
