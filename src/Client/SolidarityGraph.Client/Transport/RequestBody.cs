using System.Buffers;
using System.Text.Json;

namespace SolidarityGraph.Client;

/// <summary>The JSON request body: <c>{query|documentId, operationName, variables}</c> (GraphQL over HTTP).</summary>
internal static class RequestBody
{
    public static ReadOnlyMemory<byte> Write(OperationRequest request, bool useTrustedDocument)
    {
        var buffer = new ArrayBufferWriter<byte>(request.Document.Length + 128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
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
        }

        return buffer.WrittenMemory;
    }
}
