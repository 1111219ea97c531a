using System.Text.Json;

namespace SolidarityGraph.Client;

/// <summary>Reads the response's <c>errors</c> list (spec §7.1.2): message, locations, path, extensions.</summary>
internal static class ErrorReader
{
    public static List<IClientError> ReadList(ref Utf8JsonReader reader)
    {
        var errors = new List<IClientError>();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return errors;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            errors.Add(ReadError(ref reader));
        }

        return errors;
    }

    private static ClientError ReadError(ref Utf8JsonReader reader)
    {
        var message = string.Empty;
        List<object>? path = null;
        List<ClientErrorLocation>? locations = null;
        Dictionary<string, JsonElement>? extensions = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("message"u8))
            {
                reader.Read();
                message = reader.GetString() ?? string.Empty;
            }
            else if (reader.ValueTextEquals("path"u8))
            {
                reader.Read();
                path = ReadPath(ref reader);
            }
            else if (reader.ValueTextEquals("locations"u8))
            {
                reader.Read();
                locations = ReadLocations(ref reader);
            }
            else if (reader.ValueTextEquals("extensions"u8))
            {
                reader.Read();
                extensions = ReadExtensions(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        var code = extensions is not null && extensions.TryGetValue("code", out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
        return new ClientError(message, code, path, locations, extensions);
    }

    private static List<object>? ReadPath(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return null;
        }

        var path = new List<object>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            path.Add(reader.TokenType == JsonTokenType.Number ? reader.GetInt32() : reader.GetString()!);
        }

        return path;
    }

    private static List<ClientErrorLocation>? ReadLocations(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return null;
        }

        var locations = new List<ClientErrorLocation>();
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            int line = 0, column = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isLine = reader.ValueTextEquals("line"u8);
                var isColumn = reader.ValueTextEquals("column"u8);
                reader.Read();
                if (isLine) { line = reader.GetInt32(); }
                else if (isColumn) { column = reader.GetInt32(); }
                else { reader.Skip(); }
            }

            locations.Add(new ClientErrorLocation(line, column));
        }

        return locations;
    }

    private static Dictionary<string, JsonElement>? ReadExtensions(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        var extensions = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            extensions[name] = JsonElement.ParseValue(ref reader);
        }

        return extensions;
    }
}
