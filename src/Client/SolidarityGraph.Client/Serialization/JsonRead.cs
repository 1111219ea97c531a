using System.ComponentModel;
using System.Globalization;
using System.Text.Json;

namespace SolidarityGraph.Client;

/// <summary>Reads one JSON value into a list item or element.</summary>
public delegate T ItemParser<T>(ref Utf8JsonReader reader);

/// <summary>
/// Scalar and list readers called by generated parsers. Every reader is positioned on the value's first token and
/// leaves the reader on its last token; <c>null</c> gives <see langword="null"/>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonRead
{
    /// <summary>A non-null reference value, or a shape error naming the field.</summary>
    public static T Required<T>(T? value, string field)
        where T : class => value ?? throw new ResponseShapeException($"The non-null field '{field}' is null or missing.");

    /// <summary>A non-null value type, or a shape error naming the field.</summary>
    public static T RequiredValue<T>(T? value, string field)
        where T : struct => value ?? throw new ResponseShapeException($"The non-null field '{field}' is null or missing.");

    /// <summary><c>String</c>, <c>ID</c> and unmapped custom scalars (a number or boolean keeps its JSON text).</summary>
    public static string? String(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False => System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
        _ => throw Unexpected(ref reader, "a string"),
    };

    /// <summary>A GraphQL <c>Int</c>: null, or a JSON number that fits 32 bits; anything else is a read error.</summary>
    public static int? Int32(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : reader.TryGetInt32(out var v) ? v : throw Unexpected(ref reader, "an Int");

    /// <summary><c>Long</c> (a number or a string of digits).</summary>
    public static long? Int64(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.Number when reader.TryGetInt64(out var v) => v,
        JsonTokenType.String when long.TryParse(reader.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) => v,
        _ => throw Unexpected(ref reader, "a Long"),
    };

    /// <summary>A GraphQL <c>Float</c>: null or a JSON number.</summary>
    public static double? Double(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : reader.TryGetDouble(out var v) ? v : throw Unexpected(ref reader, "a Float");

    /// <summary>A GraphQL <c>Boolean</c>: null, <c>true</c> or <c>false</c>.</summary>
    public static bool? Boolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw Unexpected(ref reader, "a Boolean"),
    };

    /// <summary><c>Decimal</c>: parsed exactly from its text, a string (how the server sends it) or a number; never via a float.</summary>
    public static decimal? Decimal(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.Number when reader.TryGetDecimal(out var v) => v,
        JsonTokenType.String when decimal.TryParse(reader.GetString(), NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var v) => v,
        _ => throw Unexpected(ref reader, "a Decimal"),
    };

    /// <summary><c>DateTime</c> (RFC 3339).</summary>
    public static DateTimeOffset? DateTimeOffset(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null
        : reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var v) ? v : throw Unexpected(ref reader, "a DateTime");

    /// <summary><c>Date</c> (<c>yyyy-MM-dd</c>).</summary>
    public static DateOnly? DateOnly(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null
        : reader.TokenType == JsonTokenType.String && System.DateOnly.TryParseExact(reader.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var v) ? v
        : throw Unexpected(ref reader, "a Date");

    /// <summary><c>UUID</c>.</summary>
    public static Guid? Guid(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null
        : reader.TokenType == JsonTokenType.String && reader.TryGetGuid(out var v) ? v : throw Unexpected(ref reader, "a UUID");

    /// <summary><c>URL</c> (absolute or relative).</summary>
    public static Uri? Uri(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null
        : reader.TokenType == JsonTokenType.String && System.Uri.TryCreate(reader.GetString(), UriKind.RelativeOrAbsolute, out var v) ? v : throw Unexpected(ref reader, "a URL");

    /// <summary>A list; <c>null</c> gives <see langword="null"/>.</summary>
    public static IReadOnlyList<T>? List<T>(ref Utf8JsonReader reader, ItemParser<T> item)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Unexpected(ref reader, "a list");
        }

        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(item(ref reader));
        }

        return items;
    }

    /// <summary>Checks the reader is on an object's start (after a <c>null</c> check by the caller).</summary>
    public static void StartObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Unexpected(ref reader, "an object");
        }
    }

    /// <summary>
    /// The <c>__typename</c> of the object the reader is on, wherever it appears among the members; the caller's
    /// reader does not move (the reader is a struct, copied here).
    /// </summary>
    public static string Typename(Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isTypename = reader.ValueTextEquals("__typename"u8);
            reader.Read();
            if (isTypename)
            {
                return reader.GetString() ?? throw new ResponseShapeException("__typename is null.");
            }

            reader.Skip();
        }

        throw new ResponseShapeException("An object of an abstract type has no __typename.");
    }

    /// <summary>The error for a value of the wrong kind.</summary>
    public static ResponseShapeException Unexpected(ref Utf8JsonReader reader, string expected) =>
        new($"Expected {expected} but found {reader.TokenType}.");

    /// <summary>The error for an enum value or a type name unknown when the client was generated.</summary>
    public static ResponseShapeException Unknown(string kind, string? value) =>
        new($"Unknown {kind} '{value}': regenerate the client against the current schema.");
}
