using System.Buffers;
using System.Text.Json;

namespace SolidarityGraph.Client;

/// <summary>The JSON request body: <c>{query|documentId, operationName, variables}</c> (GraphQL over HTTP).</summary>
internal static class RequestBody
{
    private const int MaxRetainedBytes = 1024 * 1024;

    // One writer and buffer per thread, reset per request, as System.Text.Json does for SerializeToUtf8Bytes: writing
    // is synchronous, so a thread never uses them twice at once, and the body costs one exact-size array.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    public static byte[] Write(OperationRequest request, bool useTrustedDocument)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);

        writer.WriteStartObject();
        if (useTrustedDocument)
        {
            writer.WriteString("documentId"u8, "sha256:" + request.Hash);
        }
        else
        {
            writer.WriteString("query"u8, request.Document);
        }

        writer.WriteString("operationName"u8, request.Name);
        if (request.Variables is not null)
        {
            writer.WriteStartObject("variables"u8);
            request.Variables(writer);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.Flush();
        var body = buffer.WrittenSpan.ToArray();
        if (buffer.Capacity > MaxRetainedBytes)
        {
            t_buffer = null;
            t_writer = null;
        }

        return body;
    }
}
