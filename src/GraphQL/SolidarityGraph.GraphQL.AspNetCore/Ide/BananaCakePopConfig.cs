using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SolidarityGraph.GraphQL.AspNetCore.Ide;

/// <summary>
/// The body of <c>bcp-config.json</c>: Hot Chocolate's key set in its order, camelCase, nulls written out
/// (PARITY.md §12.3–12.4; snapshot-tested).
/// </summary>
internal static class BananaCakePopConfig
{
    public static byte[] Build(BananaCakePopOptions options)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            WriteString(writer, "title", options.Title);
            writer.WriteBoolean("useBrowserUrlAsEndpoint", options.UseBrowserUrlAsEndpoint);
            WriteString(writer, "endpoint", options.Endpoint);
            WriteString(writer, "graphQLDocument", options.Document);
            WriteBoolean(writer, "includeCookies", options.IncludeCookies);
            if (options.HttpHeaders is { } headers)
            {
                writer.WriteStartObject("httpHeaders");
                foreach (var (name, value) in headers)
                {
                    writer.WriteString(name, value);
                }

                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull("httpHeaders");
            }

            WriteBoolean(writer, "useGet", options.UseGet);
            WriteString(writer, "gaTrackingId", options.GaTrackingId);
            WriteBoolean(writer, "disableTelemetry", options.DisableTelemetry);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteString(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteBoolean(Utf8JsonWriter writer, string name, bool? value)
    {
        if (value is { } flag)
        {
            writer.WriteBoolean(name, flag);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
