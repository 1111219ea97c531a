using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SolidarityGraph.Api.Auth.PartnerAccess;

namespace SolidarityGraph.Client.Tests.Live;

/// <summary>
/// The Api on a real Kestrel server (127.0.0.1, random port) over a temporary seeded SQLite file. A request with
/// <see cref="UserHeader"/> is signed in as that user with the roles in <see cref="RoleHeader"/> (test-only scheme,
/// as in the Api tests), so the typed client can act as a steward through per-request headers. Its OAuth issuer is its
/// own address, and <see cref="PartnerClientId"/> is registered for client credentials.
/// </summary>
public class LiveServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string UserHeader = "X-Test-User";
    public const string RoleHeader = "X-Test-Role";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sg-client-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>A partner application registered with the scopes <c>graph.read graph.write</c>.</summary>
    public const string PartnerClientId = "typed-client-tests";

    /// <summary>The secret of <see cref="PartnerClientId"/>.</summary>
    public const string PartnerSecret = "typed-client-secret-0123456789-abcdefghij";

    // The issuer names the server's own port, so it is chosen before the server starts.
    private readonly int _port = FreePort();

    /// <summary>The GraphQL endpoint, e.g. <c>http://127.0.0.1:41234/graphql</c>.</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>The OAuth issuer (authority) and base address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Authority => new($"http://127.0.0.1:{_port}/");

    public async Task InitializeAsync()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, _port));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Endpoint = new Uri(address.TrimEnd('/') + "/graphql");
        using var scope = Services.CreateScope();
        var (secret, problems) = await scope.ServiceProvider.GetRequiredService<PartnerApplications>()
            .RegisterAsync(new PartnerApplicationDraft(PartnerClientId, "Typed client tests", null, "graph.read graph.write", [], PartnerSecret));
        Assert.True(secret is not null, string.Join("; ", problems.Select(p => p.Message)));
    }

    /// <summary>The typed client from dependency injection, configured as a partner would.</summary>
    public ISolidarityGraphClient CreateClient(Action<GraphQLClientOptions>? options = null)
    {
        var services = new ServiceCollection();
        var builder = services.AddSolidarityGraphClient().ConfigureHttpClient(c => c.BaseAddress = Endpoint);
        if (options is not null)
        {
            builder.ConfigureOptions(options);
        }

        return services.BuildServiceProvider().GetRequiredService<ISolidarityGraphClient>();
    }

    /// <summary>Posts <paramref name="document"/> with a plain <see cref="HttpClient"/> and returns the response's <c>data</c>.</summary>
    public async Task<JsonNode?> RawDataAsync(string document, object? variables = null)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsJsonAsync(Endpoint, new { query = document, variables });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"];
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:SolidarityGraph", $"Data Source={Path.Combine(_folder, "data", "solidaritygraph.db")}");
        builder.UseSetting("Seed:SeedWhenEmpty", "true");
        builder.UseSetting("PartnerAccess:Issuer", Authority.ToString());

        // Every test request comes from 127.0.0.1, one anonymous caller: the suite must not spend its budget.
        builder.UseSetting("RateLimits:PointsPerHour", "100000000");
        builder.UseSetting("RateLimits:RequestsPerWindow", "100000000");
        ConfigureSettings(builder);
        builder.ConfigureTestServices(services => services
            .AddAuthentication(o => o.DefaultScheme = o.DefaultAuthenticateScheme = o.DefaultChallengeScheme = "Test")
            .AddScheme<AuthenticationSchemeOptions, HeaderAuthenticationHandler>("Test", o =>
                o.ForwardDefaultSelector = c => c.Request.Headers.ContainsKey(UserHeader) ? null : IdentityConstants.ApplicationScheme));
    }

    /// <summary>Adds settings of a server variant (e.g. trusted documents only).</summary>
    protected virtual void ConfigureSettings(IWebHostBuilder builder)
    {
    }

    /// <summary>The temporary folder of the server's files.</summary>
    protected string Folder => _folder;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class HeaderAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            var user = Request.Headers[UserHeader].ToString();
            if (user.Length == 0)
            {
                return Task.FromResult(AuthenticateResult.NoResult());
            }

            var claims = new List<Claim> { new(ClaimTypes.Name, user), new(ClaimTypes.NameIdentifier, user) };
            claims.AddRange(Request.Headers[RoleHeader].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(r => new Claim(ClaimTypes.Role, r)));
            var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, "Test", ClaimTypes.Name, ClaimTypes.Role));
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, "Test")));
        }
    }
}

/// <summary>One server for every live test class.</summary>
[CollectionDefinition(Name)]
public sealed class LiveCollection : ICollectionFixture<LiveServer>
{
    public const string Name = "Live server";
}
