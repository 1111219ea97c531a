using System.Data.Common;
using System.Text.Json;

namespace SolidarityGraph.Bench.Ceiling;

/// <summary>
/// <c>node(id:)</c> of a project with its citations, as an anonymous caller reads them: steward-only citations are not
/// listed (the Api's query filter on <c>IsStewardOnly</c>) and a quote marked as personal data is null.
/// </summary>
public static class ProjectCitations
{
    private const string Sql = """
        SELECT "Title", "Status" FROM "Projects" WHERE "Id" = @id;
        SELECT c."ContainsPersonalData", c."Quote", c."Supports", c."Assertion", s."Title"
        FROM "Citations" AS c
        JOIN "Sources" AS s ON s."Id" = c."SourceId"
        WHERE c."SubjectId" = @id AND NOT c."IsStewardOnly"
        ORDER BY c."Id";
        """;

    public static Func<DbConnection, Utf8JsonWriter, Task> For(string key) => (connection, writer) => WriteAsync(connection, writer, key);

    private static async Task WriteAsync(DbConnection connection, Utf8JsonWriter writer, string key)
    {
        await using var command = CeilingDatabase.Command(connection, Sql, ("id", key));
        await using var reader = await command.ExecuteReaderAsync();
        writer.WriteStartObject();
        if (!await reader.ReadAsync())
        {
            writer.WriteNull("node"u8);
            writer.WriteEndObject();
            return;
        }

        writer.WriteStartObject("node"u8);
        writer.WriteString("id"u8, GlobalIds.Encode("Project", key));
        Columns.WriteString(writer, "title"u8, reader, 0);
        Columns.WriteEnum(writer, "status"u8, reader, 1);

        await reader.NextResultAsync();
        writer.WriteStartArray("citations"u8);
        while (await reader.ReadAsync())
        {
            writer.WriteStartObject();
            var personal = reader.GetBoolean(0);
            if (personal)
            {
                writer.WriteNull("quote"u8); // withheld from everyone but stewards (Citation.quoteRedaction)
            }
            else
            {
                Columns.WriteString(writer, "quote"u8, reader, 1);
            }

            writer.WritePropertyName("supports"u8);
            writer.WriteRawValue(reader.GetString(2)); // stored as a JSON array of strings
            Columns.WriteEnum(writer, "assertion"u8, reader, 3);
            writer.WriteBoolean("containsPersonalData"u8, personal);
            writer.WriteStartObject("source"u8);
            Columns.WriteString(writer, "title"u8, reader, 4);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
