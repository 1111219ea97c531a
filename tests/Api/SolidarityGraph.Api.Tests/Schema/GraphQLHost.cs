using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SolidarityGraph.Api.Tests.Auth;
using SolidarityGraph.Domain.Persistence;

using SolidarityGraph.Testing;

namespace SolidarityGraph.Api.Tests.Schema;

/// <summary>
/// The Api over one seeded temporary SQLite file shared by the read-only query tests, with header authentication and
/// a command interceptor recording every SQL statement sent.
/// </summary>
public class GraphQLHost : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The maximum operation cost of this host (the public default is 1,000).</summary>
    public const int MaxCost = 10_000;

    private readonly TempDatabase _database = new();
    private WebApplicationFactory<Program>? _factory;

    /// <summary>Every statement sent since the last <see cref="SqlRecorder.Clear"/>.</summary>
    public SqlRecorder Sql { get; } = new();

    /// <summary>The host (created in <see cref="InitializeAsync"/>).</summary>
    public WebApplicationFactory<Program> Factory => _factory ?? throw new InvalidOperationException("Not initialised.");

    public async Task InitializeAsync()
    {
        var connectionString = _database.ConnectionString;
        _factory = new ApiFactory(connectionString).WithWebHostBuilder(builder =>
        {
            // The read-side tests walk nested relations over the whole seed (e.g. all 28 organisations with a filtered
            // connection each), which costs more than the public default; the cost tests assert against this maximum.
            builder.UseSetting("RateLimits:MaxCost", MaxCost.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseTestAuthentication();
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<DbContextOptions<SolidarityGraphDbContext>>();
                // Singleton options, as the Api registers them (the read context pool is built once over them).
                services.AddDbContext<SolidarityGraphDbContext>(
                    o => o.UseSolidarityGraph(_database.Settings).AddInterceptors([Sql, .. Interceptors]), optionsLifetime: ServiceLifetime.Singleton);
            });
        });
        // Starts the host: migrations and the seed run here, not inside the first test's timing.
        using var client = _factory.CreateClient();
        var response = await client.GetAsync("/health");
        Assert.NotEqual(HttpStatusCode.NotFound, response.StatusCode);
        await PrepareAsync();
    }

    /// <summary>Further command interceptors of the domain contexts (e.g. a query-plan recorder).</summary>
    protected virtual IEnumerable<IInterceptor> Interceptors => [];

    /// <summary>Runs once the seeded host is up, before the first test (e.g. to grow the database).</summary>
    protected virtual Task PrepareAsync() => Task.CompletedTask;

    /// <summary>Posts a GraphQL request; <paramref name="role"/> null means anonymous.</summary>
    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string? role = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (role is not null)
        {
            request.As("test." + role.ToLowerInvariant(), role);
        }

        Sql.Clear();
        using var client = Factory.CreateClient();
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var json = JsonNode.Parse(body) as JsonObject ?? throw new InvalidOperationException($"Not a JSON object ({(int)response.StatusCode}): {body}");
        return new GraphQLResponse(response.StatusCode, body, json, Sql.Commands);
    }

    /// <summary>Posts and asserts there are no errors; returns <c>data</c>.</summary>
    public async Task<JsonObject> DataAsync(string query, object? variables = null, string? role = null)
    {
        var response = await PostAsync(query, variables, role);
        Assert.True(response.Json["errors"] is null, response.Body);
        return (JsonObject)response.Json["data"]!;
    }

    /// <summary>Runs <paramref name="query"/> against a fresh domain context (for expectations computed from the data).</summary>
    public async Task<T> WithDbAsync<T>(Func<SolidarityGraphDbContext, Task<T>> query)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<SolidarityGraphDbContext>());
    }

    /// <summary>Indented JSON for snapshots.</summary>
    public static string Print(JsonNode? node) => node?.ToJsonString(Indented) ?? "null";

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        _database.Dispose();
    }
}

/// <summary>A GraphQL HTTP response with the SQL it caused.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, string Body, JsonObject Json, IReadOnlyList<string> Sql)
{
    /// <summary>The <c>extensions.code</c> values of the errors, in order.</summary>
    public IReadOnlyList<string?> ErrorCodes =>
        (Json["errors"] as JsonArray)?.Select(e => e?["extensions"]?["code"]?.GetValue<string>()).ToList() ?? [];
}

/// <summary>One seeded host for every read-only query test class.</summary>
[CollectionDefinition(Name)]
public sealed class GraphQLCollection : ICollectionFixture<GraphQLHost>
{
    public const string Name = "GraphQL read side";
}
