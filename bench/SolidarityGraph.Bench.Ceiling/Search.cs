using System.Data.Common;
using System.Text;
using System.Text.Json;

namespace SolidarityGraph.Bench.Ceiling;

/// <summary>
/// <c>search(text:, first: 20)</c>: the Api's record search (up to <c>first</c> matches per type, types in a fixed order,
/// each by key, then the first <c>first</c> of them) as one UNION ALL statement. Matching is <c>lower(column) LIKE
/// %text%</c> with the text lower-cased and its wildcards escaped, which reads the same on SQLite and PostgreSQL.
/// </summary>
public static class Search
{
    private const int First = 20;
    private const int MaxTextLength = 200;

    // Type name, table, the columns written for it (or NULL), and the matched columns; in the Api's order.
    private static readonly (string Type, string Table, string A, string B, string[] Matched)[] Types =
    [
        ("Project", "Projects", "\"Title\"", "NULL", ["Title", "Description"]),
        ("Organisation", "Organisations", "\"Name\"", "\"Acronym\"", ["Name", "Acronym"]),
        ("Place", "Places", "NULL", "NULL", ["Name"]),
        ("Event", "Events", "NULL", "NULL", ["Title"]),
        ("EventSeries", "EventSeries", "NULL", "NULL", ["Title"]),
        ("Training", "Trainings", "NULL", "NULL", ["Title"]),
        ("Campaign", "Campaigns", "NULL", "NULL", ["Name"]),
        ("Indicator", "Indicators", "\"Code\"", "\"Title\"", ["Title", "Code"]),
        ("Source", "Sources", "NULL", "NULL", ["Title"]),
        ("PublicContact", "PublicContacts", "NULL", "NULL", ["FullName"]),
    ];

    private static readonly string Sql = BuildSql();

    public static Func<DbConnection, Utf8JsonWriter, Task> For(string text)
    {
        text = text.Trim();
        if (text.Length is 0 or > MaxTextLength)
        {
            throw new ArgumentException($"search(text:) needs 1 to {MaxTextLength} characters.");
        }

        var pattern = "%" + text.ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
        return (connection, writer) => WriteAsync(connection, writer, pattern);
    }

    private static async Task WriteAsync(DbConnection connection, Utf8JsonWriter writer, string pattern)
    {
        await using var command = CeilingDatabase.Command(connection, Sql, ("pattern", pattern));
        await using var reader = await command.ExecuteReaderAsync();
        writer.WriteStartObject();
        writer.WriteStartArray("search"u8);
        while (await reader.ReadAsync())
        {
            var type = Types[reader.GetInt32(0)].Type;
            writer.WriteStartObject();
            writer.WriteString("__typename"u8, type);
            writer.WriteString("id"u8, GlobalIds.Encode(type, reader.GetString(1)));
            switch (type)
            {
                case "Project":
                    writer.WriteString("title"u8, reader.GetString(2));
                    break;
                case "Organisation":
                    writer.WriteString("name"u8, reader.GetString(2));
                    Columns.WriteString(writer, "acronym"u8, reader, 3);
                    break;
                case "Indicator":
                    writer.WriteString("code"u8, reader.GetString(2));
                    writer.WriteString("title"u8, reader.GetString(3));
                    break;
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string BuildSql()
    {
        var sql = new StringBuilder("SELECT \"Kind\", \"Id\", \"A\", \"B\" FROM (");
        for (var i = 0; i < Types.Length; i++)
        {
            var (_, table, a, b, matched) = Types[i];
            var where = string.Join(" OR ", matched.Select(c => $"lower(\"{c}\") LIKE @pattern ESCAPE '\\'"));
            sql.Append(i == 0 ? "" : " UNION ALL ")
                .Append($"SELECT * FROM (SELECT {i} AS \"Kind\", \"Id\", {a} AS \"A\", {b} AS \"B\" FROM \"{table}\" WHERE {where} ORDER BY \"Id\" LIMIT {First}) AS t{i}");
        }

        return sql.Append($") AS m ORDER BY \"Kind\", \"Id\" LIMIT {First}").ToString();
    }
}
