using System.Buffers;
using System.Text.Json;
using SolidarityGraph.GraphQL.Pipeline;

namespace SolidarityGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// The GraphQL-over-HTTP request parameters (<c>query</c>, <c>operationName</c>, <c>variables</c>,
/// <c>extensions</c>) read from a JSON body or a query string. Owns the JSON it was read from: variables stay
/// <see cref="JsonElement"/>s until coercion, so dispose it only after execution.
/// </summary>
internal sealed class HttpRequestParameters : IDisposable
{
    private List<JsonDocument>? _documents;

    public string? Query { get; private set; }

    public string? OperationName { get; private set; }

    /// <summary>A trusted document's id (persisted documents proposal: <c>sha256:&lt;hex&gt;</c>) instead of <see cref="Query"/>.</summary>
    public string? DocumentId { get; private set; }

    public IReadOnlyDictionary<string, object?>? Variables { get; private set; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; private set; }

    /// <summary>Why the parameters are unusable (a 400), or <see langword="null"/>.</summary>
    public string? Error { get; private set; }

    /// <summary>
    /// The code of <see cref="Error"/>: <see cref="HttpErrorCodes.InvalidRequest"/> for a body or parameter of the wrong
    /// shape, the pipeline's <see cref="RequestErrorCodes.QueryMissing"/> when <c>query</c> is absent.
    /// </summary>
    public string ErrorCode { get; private set; } = HttpErrorCodes.InvalidRequest;

    /// <summary>
    /// Reads a POST body: a JSON object whose members have the types GraphQL over HTTP prescribes. The body is read
    /// with one forward pass of a <see cref="Utf8JsonReader"/>; only <c>variables</c> and <c>extensions</c> become
    /// <see cref="JsonDocument"/>s. The whole body must be valid JSON, even after a member of the wrong type.
    /// </summary>
    public static HttpRequestParameters FromJsonBody(ReadOnlySequence<byte> body)
    {
        var parameters = new HttpRequestParameters();
        if (body.IsEmpty)
        {
            return parameters.Fail("The request body is empty; expected a JSON object with a \"query\".");
        }

        try
        {
            var reader = new Utf8JsonReader(body);
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                ReadToEnd(ref reader);
                return parameters.Fail("The request body must be a JSON object.");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var member = Member(ref reader);
                reader.Read();
                if (parameters.Error is not null || !parameters.ReadMember(member, ref reader))
                {
                    reader.Skip();
                }
            }

            ReadToEnd(ref reader);
        }
        catch (JsonException exception)
        {
            return parameters.Fail($"The request body is not valid JSON: {exception.Message}");
        }

        return parameters.Error is null ? parameters.RequireQuery() : parameters;
    }

    /// <summary>Reads GET parameters; <c>variables</c> and <c>extensions</c> arrive as JSON-encoded strings.</summary>
    public static HttpRequestParameters FromQueryString(Microsoft.AspNetCore.Http.IQueryCollection query)
    {
        var parameters = new HttpRequestParameters
        {
            Query = First(query, "query"),
            OperationName = First(query, "operationName"),
            DocumentId = First(query, "documentId"),
        };
        foreach (var name in new[] { "variables", "extensions" })
        {
            if (First(query, name) is not { } text)
            {
                continue;
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(text);
            }
            catch (JsonException exception)
            {
                return parameters.Fail($"The \"{name}\" parameter is not valid JSON: {exception.Message}");
            }

            (parameters._documents ??= new()).Add(document);
            var assign = name == "variables"
                ? (Action<IReadOnlyDictionary<string, object?>?>)(v => parameters.Variables = v)
                : v => parameters.Extensions = v;
            if (!parameters.ReadMap(document.RootElement, name, assign))
            {
                return parameters;
            }
        }

        return parameters.RequireQuery();
    }

    public void Dispose()
    {
        foreach (var document in _documents ?? [])
        {
            document.Dispose();
        }
    }

    private static string? First(Microsoft.AspNetCore.Http.IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

    // GraphQL over HTTP makes query required; without it the request is not well-formed (400). The code is the one the
    // pipeline gives a request without a document, so the same mistake has one name whichever way it arrives.
    // A trusted document's id stands in for the query (persisted documents proposal); both at once are ambiguous.
    private HttpRequestParameters RequireQuery() => (Query, DocumentId) switch
    {
        (null, null) => Fail("The request has no \"query\" parameter.", RequestErrorCodes.QueryMissing),
        (not null, not null) => Fail("The request has both \"query\" and \"documentId\"; send one of them."),
        _ => this,
    };

    private HttpRequestParameters Fail(string error, string code = HttpErrorCodes.InvalidRequest)
    {
        Error = error;
        ErrorCode = code;
        return this;
    }

    private enum BodyMember
    {
        Other,
        Query,
        OperationName,
        DocumentId,
        Variables,
        Extensions,
    }

    private static BodyMember Member(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("query"u8) ? BodyMember.Query
        : reader.ValueTextEquals("operationName"u8) ? BodyMember.OperationName
        : reader.ValueTextEquals("documentId"u8) ? BodyMember.DocumentId
        : reader.ValueTextEquals("variables"u8) ? BodyMember.Variables
        : reader.ValueTextEquals("extensions"u8) ? BodyMember.Extensions
        : BodyMember.Other;

    // The reader stands on a member's value. Returns false when the value was not consumed (unknown member or an
    // error recorded), so the caller skips it.
    private bool ReadMember(BodyMember member, ref Utf8JsonReader reader)
    {
        switch (member)
        {
            case BodyMember.Query:
                Query = ReadString(ref reader, "query");
                return true;
            case BodyMember.OperationName:
                OperationName = ReadString(ref reader, "operationName");
                return true;
            case BodyMember.DocumentId:
                DocumentId = ReadString(ref reader, "documentId");
                return true;
            case BodyMember.Variables when IsMap(ref reader, "variables"):
                Variables = ReadMap(ref reader);
                return true;
            case BodyMember.Extensions when IsMap(ref reader, "extensions"):
                Extensions = ReadMap(ref reader);
                return true;
            default:
                return false;
        }
    }

    private string? ReadString(ref Utf8JsonReader reader, string name)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Null:
                return null;
            default:
                Fail($"The \"{name}\" parameter must be a string, not {Describe(reader.TokenType)}.");
                return null;
        }
    }

    private bool IsMap(ref Utf8JsonReader reader, string name)
    {
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.Null)
        {
            return true;
        }

        Fail($"The \"{name}\" parameter must be a map (a JSON object), not {Describe(reader.TokenType)}.");
        return false;
    }

    private IReadOnlyDictionary<string, object?>? ReadMap(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var document = JsonDocument.ParseValue(ref reader);
        (_documents ??= new()).Add(document);
        return ToMap(document.RootElement);
    }

    private static Dictionary<string, object?> ToMap(JsonElement value)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var member in value.EnumerateObject())
        {
            map[member.Name] = member.Value;
        }

        return map;
    }

    // Reads past whatever is left, so that invalid JSON anywhere in the body is reported as such.
    private static void ReadToEnd(ref Utf8JsonReader reader)
    {
        while (reader.Read())
        {
        }
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        _ => "null",
    };

    private bool ReadMap(JsonElement value, string name, Action<IReadOnlyDictionary<string, object?>?> assign)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var member in value.EnumerateObject())
                {
                    map[member.Name] = member.Value;
                }

                assign(map);
                return true;
            case JsonValueKind.Null:
                assign(null);
                return true;
            default:
                Fail($"The \"{name}\" parameter must be a map (a JSON object), not {Describe(value)}.");
                return false;
        }
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
