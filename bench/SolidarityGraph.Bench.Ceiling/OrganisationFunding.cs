using System.Data.Common;
using System.Text.Json;

namespace SolidarityGraph.Bench.Ceiling;

/// <summary>
/// <c>node(id:)</c> of an organisation with the first five fundings it gave and received, each with its total: one
/// command, three statements; the total is a window count over the same filter, so an empty page gives 0.
/// </summary>
public static class OrganisationFunding
{
    private const string Sql = """
        SELECT "Name", "Acronym" FROM "Organisations" WHERE "Id" = @id;
        SELECT f."Amount", f."Currency", r."Name", p."Title", COUNT(*) OVER () AS "Total"
        FROM "Fundings" AS f
        LEFT JOIN "Organisations" AS r ON r."Id" = f."RecipientId"
        LEFT JOIN "Projects" AS p ON p."Id" = f."ProjectId"
        WHERE f."FunderId" = @id ORDER BY f."Id" LIMIT 5;
        SELECT f."Amount", f."Currency", o."Name", COUNT(*) OVER () AS "Total"
        FROM "Fundings" AS f
        JOIN "Organisations" AS o ON o."Id" = f."FunderId"
        WHERE f."RecipientId" = @id ORDER BY f."Id" LIMIT 5;
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
        writer.WriteString("id"u8, GlobalIds.Encode("Organisation", key));
        Columns.WriteString(writer, "name"u8, reader, 0);
        Columns.WriteString(writer, "acronym"u8, reader, 1);

        await reader.NextResultAsync();
        var given = await ReadPageAsync(reader, r => (Amount: Amount(r), Currency: Text(r, 1), Recipient: Text(r, 2), Project: Text(r, 3)));
        writer.WriteStartObject("fundingGiven"u8);
        writer.WriteNumber("totalCount"u8, given.Total);
        writer.WriteStartArray("nodes"u8);
        foreach (var f in given.Rows)
        {
            writer.WriteStartObject();
            Columns.WriteDecimal(writer, "amount"u8, f.Amount);
            WriteText(writer, "currency"u8, f.Currency);
            WriteNamed(writer, "recipient"u8, "name"u8, f.Recipient);
            WriteNamed(writer, "project"u8, "title"u8, f.Project);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();

        await reader.NextResultAsync();
        var received = await ReadPageAsync(reader, r => (Amount: Amount(r), Currency: Text(r, 1), Funder: r.GetString(2)));
        writer.WriteStartObject("fundingReceived"u8);
        writer.WriteNumber("totalCount"u8, received.Total);
        writer.WriteStartArray("nodes"u8);
        foreach (var f in received.Rows)
        {
            writer.WriteStartObject();
            Columns.WriteDecimal(writer, "amount"u8, f.Amount);
            WriteText(writer, "currency"u8, f.Currency);
            WriteNamed(writer, "funder"u8, "name"u8, f.Funder);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>The rows of a page and the total the window count gives (the selection writes totalCount first).</summary>
    private static async Task<(long Total, List<T> Rows)> ReadPageAsync<T>(DbDataReader reader, Func<DbDataReader, T> read)
    {
        var rows = new List<T>(5);
        var total = 0L;
        while (await reader.ReadAsync())
        {
            total = reader.GetInt64(reader.FieldCount - 1);
            rows.Add(read(reader));
        }

        return (total, rows);
    }

    private static long? Amount(DbDataReader reader) => reader.IsDBNull(0) ? null : reader.GetInt64(0);

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static void WriteText(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? value)
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

    private static void WriteNamed(Utf8JsonWriter writer, ReadOnlySpan<byte> name, ReadOnlySpan<byte> field, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteString(field, value);
        writer.WriteEndObject();
    }
}
