using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace SolidarityGraph.Api.Tests.Pages.Admin.Records;

/// <summary>
/// One real Kestrel server on 127.0.0.1 (random port) over a fresh seeded SQLite file, shared by the tests of a class,
/// with an anonymous <c>/graphql</c> caller.
/// </summary>
public sealed class AdminServerFixture : IAsyncLifetime
{
    /// <summary>The in-process host behind the server.</summary>
    public AdminHost Host { get; } = new();

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    public Task InitializeAsync()
    {
        Host.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        Host.StartServer();
        BaseUrl = Host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>The <c>data</c> of an anonymous GraphQL query; fails on errors.</summary>
    public async Task<JsonNode> QueryAnonymouslyAsync(string query)
    {
        using var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        using var response = await client.PostAsJsonAsync("/graphql", new { query });
        var body = await response.Content.ReadAsStringAsync();
        var json = JsonNode.Parse(body)!;
        Assert.True(response.StatusCode == HttpStatusCode.OK && json["errors"] is null, body);
        return json["data"]!;
    }
}
