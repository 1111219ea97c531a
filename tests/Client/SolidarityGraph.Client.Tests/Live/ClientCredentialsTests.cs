using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;

namespace SolidarityGraph.Client.Tests.Live;

/// <summary>
/// The typed client authenticating with client credentials against the live server's OAuth endpoints: one call on the
/// builder, tokens cached and renewed, a refused token renewed once, token failures as result errors with a code.
/// </summary>
[Collection(LiveCollection.Name)]
public sealed class ClientCredentialsTests(LiveServer server)
{
    [Fact]
    public async Task TheTypedClientConfiguredWithClientCredentialsRunsAQueryAndAMutation()
    {
        var client = Partner(o => o.Scope = "graph.read graph.write").Client;

        var projects = await client.GetProjects.ExecuteAsync(3, null, null, null);
        var created = await client.CreateProject.ExecuteAsync(new CreateProjectInput { Title = "Community radio (partner)", Kind = ProjectKind.DevelopmentProject });

        projects.EnsureNoErrors();
        Assert.Equal(3, projects.Data!.Projects!.Nodes!.Count);
        created.EnsureNoErrors();
        Assert.Equal("Community radio (partner)", created.Data!.CreateProject.Project!.Title);
    }

    [Fact]
    public async Task WithoutGraphWriteTheMutationIsRefusedButTheQueryRuns()
    {
        var client = Partner(o => o.Scope = "graph.read").Client;

        var projects = await client.GetProjects.ExecuteAsync(1, null, null, null);
        var created = await client.CreateProject.ExecuteAsync(new CreateProjectInput { Title = "Not allowed", Kind = ProjectKind.Programme });

        projects.EnsureNoErrors();
        Assert.Equal("AUTH_NOT_AUTHORIZED", Assert.Single(created.Errors).Code);
    }

    [Fact]
    public async Task OneTokenServesConcurrentAndLaterCallsAndIsRenewedBeforeItExpires()
    {
        var (client, requests, clock) = Partner();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.GetFundingFlows.ExecuteAsync(null, null)));
        await client.GetProjects.ExecuteAsync(1, null, null, null);
        Assert.Equal(1, requests.Count);

        clock.Advance(TimeSpan.FromMinutes(58)); // the token lives an hour and is renewed a minute before
        (await client.GetProjects.ExecuteAsync(1, null, null, null)).EnsureNoErrors();
        Assert.Equal(1, requests.Count);

        clock.Advance(TimeSpan.FromMinutes(1));
        (await client.GetProjects.ExecuteAsync(1, null, null, null)).EnsureNoErrors();
        Assert.Equal(2, requests.Count);
    }

    [Fact]
    public async Task ARevokedTokenIsRenewedAndTheRequestSentOnceMore()
    {
        var (client, requests, _) = Partner();
        (await client.GetProjects.ExecuteAsync(1, null, null, null)).EnsureNoErrors();

        await RevokeAsync(requests.Tokens.Single());
        var after = await client.GetProjects.ExecuteAsync(1, null, null, null);

        after.EnsureNoErrors();
        Assert.Equal(2, requests.Count);
        Assert.NotEqual(requests.Tokens[0], requests.Tokens[1]);
    }

    [Fact]
    public async Task AWrongSecretIsAResultErrorWithACodeNotAnException()
    {
        var client = Partner(o => o.ClientSecret = "not-the-secret-0123456789-abcdefghij").Client;

        var result = await client.GetProjects.ExecuteAsync(1, null, null, null);

        var error = Assert.Single(result.Errors);
        Assert.Equal(ClientErrorCodes.AuthTokenRequestFailed, error.Code);
        Assert.True(error.Message.Contains("invalid_client", StringComparison.Ordinal), error.Message);
        Assert.Equal("invalid_client", Assert.IsType<TokenRequestException>(error.Exception).Error);
        Assert.Null(result.Data);
    }

    [Fact]
    public async Task AnUnreachableTokenEndpointIsAResultErrorWithACode()
    {
        var client = Partner(o => (o.Authority, o.TokenEndpoint) = (null, new Uri("http://127.0.0.1:9/connect/token"))).Client;

        var result = await client.GetProjects.ExecuteAsync(1, null, null, null);

        Assert.Equal(ClientErrorCodes.AuthTokenRequestFailed, Assert.Single(result.Errors).Code);
    }

    /// <summary>The typed client as a partner configures it, with its token requests counted and a clock the test moves.</summary>
    private (ISolidarityGraphClient Client, TokenRequests Requests, ManualClock Clock) Partner(Action<ClientCredentialsOptions>? change = null)
    {
        var requests = new TokenRequests();
        var clock = new ManualClock();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSolidarityGraphClient()
            .ConfigureHttpClient(c => c.BaseAddress = server.Endpoint)
            .AddClientCredentials(o =>
            {
                o.Authority = server.Authority;
                o.ClientId = LiveServer.PartnerClientId;
                o.ClientSecret = LiveServer.PartnerSecret;
                change?.Invoke(o);
            });
        services.AddHttpClient(ClientCredentialsExtensions.TokenClientName(SolidarityGraphClient.ClientName)).AddHttpMessageHandler(() => requests);
        return (services.BuildServiceProvider().GetRequiredService<ISolidarityGraphClient>(), requests, clock);
    }

    /// <summary>Revokes <paramref name="token"/> at the server's revocation endpoint (RFC 7009).</summary>
    private async Task RevokeAsync(string token)
    {
        using var http = new HttpClient { BaseAddress = server.Authority };
        using var response = await http.PostAsync("connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = token,
            ["client_id"] = LiveServer.PartnerClientId,
            ["client_secret"] = LiveServer.PartnerSecret,
        }));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Counts the requests to the token endpoint (discovery excluded) and keeps the tokens they returned.</summary>
    private sealed class TokenRequests : DelegatingHandler
    {
        private readonly List<string> _tokens = [];

        public int Count { get { lock (_tokens) { return _tokens.Count; } } }

        public IReadOnlyList<string> Tokens { get { lock (_tokens) { return _tokens.ToList(); } } }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (request.Method == HttpMethod.Post && response.IsSuccessStatusCode)
            {
                var body = await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>(cancellationToken);
                lock (_tokens)
                {
                    _tokens.Add(body!["access_token"]!.GetValue<string>());
                }

                response.Content = JsonContent.Create(body);
            }

            return response;
        }
    }

    /// <summary>A clock that moves only when told to.</summary>
    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = DateTimeOffset.UtcNow;

        public void Advance(TimeSpan by) => _now += by;

        public override DateTimeOffset GetUtcNow() => _now;
    }
}
