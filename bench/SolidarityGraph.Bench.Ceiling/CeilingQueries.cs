using System.Data.Common;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace SolidarityGraph.Bench.Ceiling;

/// <summary>
/// Recognises the fixed queries of <c>bench/api/queries.json</c> by their exact text and answers each with its
/// hand-written SQL; any other request gets 400 with a GraphQL-shaped error, so a typo in the harness cannot pass as a
/// fast answer.
/// </summary>
public sealed class CeilingQueries
{
    private const string ResponseType = "application/graphql-response+json; charset=utf-8";

    private readonly CeilingDatabase database;
    // Each answer first reads its variables (a bad one is refused before anything is written), then writes "data".
    private readonly Dictionary<string, Func<JsonElement, Func<DbConnection, Utf8JsonWriter, Task>>> answers;

    public CeilingQueries(CeilingDatabase database)
    {
        this.database = database;
        var handlers = new Dictionary<string, Func<JsonElement, Func<DbConnection, Utf8JsonWriter, Task>>>
        {
            ["projectList"] = _ => ProjectList.WriteAsync,
            ["organisationFunding"] = v => OrganisationFunding.For(GlobalIds.Key(Variable(v, "id"), "Organisation")),
            ["projectCitations"] = v => ProjectCitations.For(GlobalIds.Key(Variable(v, "id"), "Project")),
            ["search"] = v => Search.For(Variable(v, "text")),
        };
        answers = new Dictionary<string, Func<JsonElement, Func<DbConnection, Utf8JsonWriter, Task>>>(StringComparer.Ordinal);
        foreach (var (name, text, _, _) in Texts())
        {
            answers[text] = handlers.TryGetValue(name, out var handler)
                ? handler
                : throw new InvalidOperationException($"queries.json names '{name}', which the ceiling does not answer.");
        }
    }

    /// <summary>Every fixed query by name, as the harness sends it: its text, its literal variables (JSON, or null) and
    /// the variables the harness fills with a record it picks (<c>pick</c>: variable → <c>organisation</c> or <c>project</c>).</summary>
    public static IReadOnlyList<FixedQuery> Texts()
    {
        using var stream = typeof(CeilingQueries).Assembly.GetManifestResourceStream("queries.json")
            ?? throw new InvalidOperationException("queries.json is not embedded.");
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Object)
            .Select(p => new FixedQuery(
                p.Name,
                p.Value.GetProperty("query").GetString()!,
                p.Value.TryGetProperty("variables", out var v) ? v.GetRawText() : null,
                p.Value.TryGetProperty("pick", out var pick) ? pick.EnumerateObject().ToDictionary(e => e.Name, e => e.Value.GetString()!) : []))
            .ToList();
    }

    public async Task AnswerAsync(HttpContext context)
    {
        JsonDocument request;
        try
        {
            request = await JsonDocument.ParseAsync(context.Request.Body, default, context.RequestAborted);
        }
        catch (JsonException)
        {
            await RefuseAsync(context, "The body is not JSON.");
            return;
        }

        using (request)
        {
            var root = request.RootElement;
            var query = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("query", out var q) && q.ValueKind == JsonValueKind.String ? q.GetString()! : "";
            if (!answers.TryGetValue(query, out var answer))
            {
                await RefuseAsync(context, "The ceiling answers only the fixed queries of bench/api/queries.json, by their exact text.");
                return;
            }

            Func<DbConnection, Utf8JsonWriter, Task> write;
            try
            {
                write = answer(root.TryGetProperty("variables", out var v) ? v : default);
            }
            catch (ArgumentException error)
            {
                await RefuseAsync(context, error.Message);
                return;
            }

            await using var connection = await database.OpenAsync(context.RequestAborted);
            context.Response.ContentType = ResponseType;
            await using var writer = new Utf8JsonWriter(context.Response.BodyWriter);
            writer.WriteStartObject();
            writer.WritePropertyName("data"u8);
            await write(connection, writer);
            writer.WriteEndObject();
            await writer.FlushAsync(context.RequestAborted);
        }
    }

    private static string Variable(JsonElement variables, string name) =>
        variables.ValueKind == JsonValueKind.Object && variables.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new ArgumentException($"The variable ${name} (a string) is missing.");

    private static async Task RefuseAsync(HttpContext context, string message)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = ResponseType;
        await using var writer = new Utf8JsonWriter(context.Response.BodyWriter);
        writer.WriteStartObject();
        writer.WriteStartArray("errors"u8);
        writer.WriteStartObject();
        writer.WriteString("message"u8, message);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted);
    }
}

/// <summary>One entry of <c>bench/api/queries.json</c>.</summary>
public sealed record FixedQuery(string Name, string Query, string? Variables, IReadOnlyDictionary<string, string> Pick);
