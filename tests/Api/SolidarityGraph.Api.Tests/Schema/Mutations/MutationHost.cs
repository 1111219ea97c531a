using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SolidarityGraph.Api.Schema.Node;
using SolidarityGraph.Api.Tests.Auth;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Persistence.Auditing;

namespace SolidarityGraph.Api.Tests.Schema.Mutations;

/// <summary>
/// The Api over a temporary seeded SQLite file, with header authentication, for mutation tests. One host serves a whole
/// test class (<c>IClassFixture&lt;MutationHost&gt;</c>): tests create their own records, so they do not disturb each other.
/// </summary>
public sealed class MutationHost : IAsyncDisposable, IAsyncLifetime
{
    /// <summary>The typed errors of a creation (no <c>version</c>, so no <c>ConcurrencyError</c>), with every field.</summary>
    public const string Errors = "errors { __typename ... on Error { message code } ... on ValidationError { field } ... on NotFoundError { id } }";

    /// <summary>The typed errors of an update or deletion, <c>ConcurrencyError</c> included.</summary>
    public const string EditErrors =
        "errors { __typename ... on Error { message code } ... on ValidationError { field } ... on NotFoundError { id } ... on ConcurrencyError { expectedVersion currentVersion } }";

    /// <summary>The steward every test acts as unless it says otherwise.</summary>
    public const string Steward = "ada.steward";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly TempDatabase _database = new();
    private readonly WebApplicationFactory<Program> _factory;

    public MutationHost()
    {
        _factory = new ApiFactory(_database.ConnectionString).WithWebHostBuilder(builder => builder.UseTestAuthentication());
    }

    /// <summary>Posts a GraphQL request as <paramref name="user"/> (null: anonymous) and returns the JSON body.</summary>
    public async Task<JsonObject> PostAsync(string query, object? variables = null, string? user = Steward, string role = "Steward")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (user is not null)
        {
            request.As(user, role);
        }

        using var response = await _factory.CreateClient().SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(body) as JsonObject ?? throw new InvalidOperationException($"Not a JSON object ({(int)response.StatusCode}): {body}");
    }

    /// <summary><see cref="EditErrors"/> plus the saved record a <c>ConcurrencyError</c> carries, as <paramref name="typeName"/> { <paramref name="fields"/> }.</summary>
    public static string ErrorsWithCurrent(string typeName, string fields) =>
        EditErrors.Replace("currentVersion }", $"currentVersion current {{ __typename ... on {typeName} {{ {fields} }} }} }}", StringComparison.Ordinal);

    /// <summary>A seeded record that others refer to (so deleting it is refused), with its version.</summary>
    public Task<(string Id, long Version)> ReferencedAsync<T>(Func<SolidarityGraphDbContext, IQueryable<T>> referenced)
        where T : Domain.Common.EntityBase => WithDbAsync(async db =>
    {
        var entity = await referenced(db).Select(e => new { e.Id, e.Version }).FirstAsync();
        return (Id(typeof(T).Name, entity.Id), entity.Version);
    });

    /// <summary>
    /// Runs mutation <paramref name="field"/> with <paramref name="input"/> (variable of type <c>{Field}Input!</c>) and
    /// returns its payload (detached, so it can go into a snapshot array), selecting <paramref name="selection"/>.
    /// </summary>
    public async Task<JsonObject> MutateAsync(string field, object input, string selection, string? user = Steward)
    {
        var body = await PostAsync(Mutation(field, selection), new { input }, user);
        return body["data"]?[field]?.DeepClone() as JsonObject ?? throw new InvalidOperationException(body.ToJsonString());
    }

    /// <summary>The global ID of the node a successful mutation returned in <paramref name="resultField"/>.</summary>
    public async Task<string> CreateAsync(string field, string resultField, object input)
    {
        var payload = await MutateAsync(field, input, $"{resultField} {{ id }} {Errors}");
        return payload[resultField]?["id"]?.GetValue<string>() ?? throw new InvalidOperationException(payload.ToJsonString());
    }

    /// <summary>
    /// Sends <paramref name="field"/> without credentials and asserts the GraphQL error <c>AUTH_NOT_AUTHENTICATED</c>,
    /// no data and no new audit entry (nothing was tried).
    /// </summary>
    public async Task AssertAnonymousIsRefusedAsync(string field, object input)
    {
        var audited = await WithDbAsync(db => db.AuditEntries.CountAsync());

        var body = await PostAsync(Mutation(field, "__typename"), new { input }, user: null);

        Assert.Equal("AUTH_NOT_AUTHENTICATED", body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>());
        Assert.Null(body["data"]);
        Assert.Equal(audited, await WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    /// <summary>The audit trail of one record, oldest first, as (actor, action, outcome).</summary>
    public Task<List<(string Actor, AuditAction Action, AuditOutcome Outcome)>> AuditOfAsync(string id) => WithDbAsync(async db =>
    {
        var key = Key(id);
        var entries = await db.AuditEntries.Where(a => a.EntityId == key).OrderBy(a => a.Timestamp).ToListAsync();
        return entries.Select(a => (a.Actor, a.Action, a.Outcome)).ToList();
    });

    /// <summary>Registers a source with archived <paramref name="text"/> through <c>createSource</c>; returns its global ID.</summary>
    public Task<string> CreateSourceAsync(string title, string text) =>
        CreateAsync("createSource", "source", new { title, language = "en", text });

    /// <summary>A new project with one result (results have no mutation of their own); returns both global IDs.</summary>
    public Task<(string Project, string Result)> NewResultAsync(string projectTitle) => WithDbAsync(async db =>
    {
        var project = new Domain.Projects.Project(projectTitle, Domain.Projects.ProjectKind.DevelopmentProject);
        var result = new Domain.Projects.Result(project.Id, "Women trained");
        db.AddRange(project, result);
        await db.SaveChangesAsync();
        return (Id("Project", project.Id), Id("Result", result.Id));
    });

    /// <summary>Runs <paramref name="action"/> with a fresh domain context.</summary>
    public async Task<T> WithDbAsync<T>(Func<SolidarityGraphDbContext, Task<T>> action)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<SolidarityGraphDbContext>());
    }

    /// <summary>The global ID of a record.</summary>
    public static string Id(string typeName, string key) => GlobalId.Encode(typeName, key);

    /// <summary>The internal key inside a global ID.</summary>
    public static string Key(string id) => GlobalId.Decode(id).Key;

    /// <summary>Indented JSON for snapshots.</summary>
    /// <remarks>
    /// ULIDs are new on every run, so they are masked: bare ones (in messages) as <c>&lt;ulid&gt;</c>, global IDs
    /// (in values and messages) as <c>&lt;Type id&gt;</c>, which keeps the node type visible.
    /// </remarks>
    public static string Print(JsonNode? node)
    {
        var json = Regex.Replace(node?.ToJsonString(Indented) ?? "null", "[A-Za-z0-9_-]{20,}", match =>
            GlobalId.TryDecode(match.Value, null, out var typeName, out _) is null ? $"<{typeName} id>" : match.Value);
        return Regex.Replace(json, "\\b[0-9A-HJKMNP-TV-Z]{26}\\b", "<ulid>");
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    private static string Mutation(string field, string selection)
    {
        var name = char.ToUpperInvariant(field[0]) + field[1..];
        return $"mutation($input: {name}Input!) {{ {field}(input: $input) {{ {selection} }} }}";
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        _database.Dispose();
    }
}
