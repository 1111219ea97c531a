using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using SolidarityGraph.GraphQL.Errors;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>
/// Writes an <see cref="ExecutionResult"/> as the JSON response map of spec §7.1: <c>errors</c> first (§7.1 advises
/// it, so failures are visible at a glance; graphql-js does the same), then <c>data</c> when execution started.
/// </summary>
public static class ResultWriter
{
    /// <summary>Writes <paramref name="result"/> to <paramref name="writer"/>.</summary>
    public static void Write(Utf8JsonWriter writer, ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        if (result.Errors.Count > 0)
        {
            writer.WritePropertyName("errors");
            writer.WriteStartArray();
            foreach (var error in result.Errors)
            {
                WriteError(writer, error);
            }

            writer.WriteEndArray();
        }

        if (result.HasData)
        {
            writer.WritePropertyName("data");
            WriteValue(writer, result.Data);
        }

        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>The response as UTF-8 JSON bytes.</summary>
    public static byte[] ToUtf8Bytes(ExecutionResult result, bool indented = false)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, Options(indented)))
        {
            Write(writer, result);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Writer options for responses: non-ASCII text stays UTF-8 instead of <c>\uXXXX</c> escapes (responses are
    /// JSON, never embedded in HTML), which keeps them small and readable.
    /// </summary>
    public static JsonWriterOptions Options(bool indented = false) =>
        new() { Indented = indented, SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The response as a JSON string.</summary>
    public static string ToJson(ExecutionResult result, bool indented = false) =>
        System.Text.Encoding.UTF8.GetString(ToUtf8Bytes(result, indented));

    /// <summary>Writes one error in the §7.1.2 shape: <c>message</c>, <c>locations</c>, <c>path</c>, <c>extensions</c>.</summary>
    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(error);
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        if (error.Locations.Count > 0)
        {
            writer.WritePropertyName("locations");
            writer.WriteStartArray();
            foreach (var location in error.Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is { } path)
        {
            writer.WritePropertyName("path");
            WriteValue(writer, path);
        }

        if (error.Extensions.Count > 0)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, error.Extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a completed value: result maps, lists, leaf values as the serializers produced them, and the shapes a
    /// custom scalar may return (dictionaries, sequences, <see cref="JsonElement"/>).
    /// </summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d:
                WriteDouble(writer, d);
                break;
            case float f:
                WriteDouble(writer, f);
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case ResultMap map:
                WriteMap(writer, map);
                break;
            case object?[] array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            default:
                WriteOther(writer, value);
                break;
        }
    }

    /// <summary>
    /// A result map. The maps of one grouped field set share its keys, so their names are escaped and encoded once
    /// per set (<see cref="GroupedFieldSet.EncodedKeys"/>) instead of once per object: Q3 writes 1,200 names of 11
    /// distinct keys.
    /// </summary>
    private static void WriteMap(Utf8JsonWriter writer, ResultMap map)
    {
        writer.WriteStartObject();
        if (map.Count > 1 && map.SharedKeys?.EncodedKeys(writer.Options.Encoder) is { } encoded)
        {
            for (var index = 0; index < map.Count; index++)
            {
                writer.WritePropertyName(encoded[index]);
                WriteValue(writer, map.ValueAt(index));
            }
        }
        else
        {
            for (var index = 0; index < map.Count; index++)
            {
                writer.WritePropertyName(map.KeyAt(index));
                WriteValue(writer, map.ValueAt(index));
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteDouble(Utf8JsonWriter writer, double value)
    {
        // JSON has no NaN or infinity; the Float serializer rejects them, this guards custom scalars.
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static void WriteOther(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                writer.WriteStartObject();
                foreach (var pair in pairs)
                {
                    writer.WritePropertyName(pair.Key);
                    WriteValue(writer, pair.Value);
                }

                writer.WriteEndObject();
                break;
            case IDictionary dictionary:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    writer.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "");
                    WriteValue(writer, entry.Value);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable sequence:
                writer.WriteStartArray();
                foreach (var item in sequence)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            case short or ushort or byte or sbyte or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ulong u:
                writer.WriteNumberValue(u);
                break;
            case Enum e:
                writer.WriteStringValue(e.ToString());
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
