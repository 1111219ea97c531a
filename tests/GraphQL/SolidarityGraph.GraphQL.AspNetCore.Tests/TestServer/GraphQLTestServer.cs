using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SolidarityGraph.GraphQL.AspNetCore.Http;
using SolidarityGraph.GraphQL.Execution.Tests.Pipeline;

namespace SolidarityGraph.GraphQL.AspNetCore.Tests.TestServer;

/// <summary>
/// A real Kestrel server on 127.0.0.1 with a free port, hosting the test schema at <c>/graphql</c> with the options
/// a test chooses. Real sockets, because the graphql-http audits and the browser test need a real server.
/// </summary>
public sealed class GraphQLTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GraphQLTestServer(WebApplication app, TestSchemaState state, Uri baseAddress)
    {
        _app = app;
        State = state;
        BaseAddress = baseAddress;
        Client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    internal TestSchemaState State { get; }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The GraphQL endpoint.</summary>
    public Uri GraphQLEndpoint => new(BaseAddress, "graphql");

    /// <summary>A client for this server; redirects are not followed so tests can see them.</summary>
    public HttpClient Client { get; }

    public static async Task<GraphQLTestServer> StartAsync(Action<GraphQLServerOptions>? configure = null, string environment = "Production")
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var state = new TestSchemaState();
        builder.Services.AddGraphQLServer(_ => TestSchema.Build(state), configure);

        var app = builder.Build();
        app.MapGraphQL();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new GraphQLTestServer(app, state, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>POSTs <c>{"query": …}</c> (plus raw JSON members) with the given <c>Accept</c>.</summary>
    public Task<HttpResponseMessage> PostAsync(string query, string? accept = "application/graphql-response+json", string? extraJson = null)
    {
        var json = "{\"query\":" + System.Text.Json.JsonSerializer.Serialize(query) + (extraJson is null ? "" : "," + extraJson) + "}";
        return PostRawAsync(json, "application/json", accept);
    }

    /// <summary>POSTs a raw body with the given content type (none when <see langword="null"/>) and <c>Accept</c>.</summary>
    public Task<HttpResponseMessage> PostRawAsync(string body, string? contentType, string? accept, CancellationToken cancellationToken = default)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = content };
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return Client.SendAsync(request, cancellationToken);
    }

    /// <summary>GETs <c>/graphql</c> with a query string built from <paramref name="parameters"/>.</summary>
    public Task<HttpResponseMessage> GetAsync(string? accept, params (string Name, string Value)[] parameters)
    {
        var query = string.Join("&", parameters.Select(p => Uri.EscapeDataString(p.Name) + "=" + Uri.EscapeDataString(p.Value)));
        var request = new HttpRequestMessage(HttpMethod.Get, "graphql" + (query.Length > 0 ? "?" + query : ""));
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
