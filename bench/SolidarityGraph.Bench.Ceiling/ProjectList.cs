using System.Data.Common;
using System.Text.Json;

namespace SolidarityGraph.Bench.Ceiling;

/// <summary>
/// <c>{ projects(first: 10) { nodes { title status funding { nodes { amount currency funder { name } } }
/// participations { nodes { role organisation { name } } } } } }</c>: one command, three statements (the page, then each
/// child list windowed per project), as the Api's SQL shape: a connection's default page is 10, every list in key order.
/// </summary>
public static class ProjectList
{
    private const string Page = """SELECT "Id" FROM "Projects" ORDER BY "Id" LIMIT 10""";

    private static readonly string Sql = $"""
        SELECT "Id", "Title", "Status" FROM "Projects" ORDER BY "Id" LIMIT 10;
        SELECT f."ProjectId", f."Amount", f."Currency", o."Name"
        FROM (SELECT "ProjectId", "FunderId", "Amount", "Currency", ROW_NUMBER() OVER (PARTITION BY "ProjectId" ORDER BY "Id") AS "Row"
              FROM "Fundings" WHERE "ProjectId" IN ({Page})) AS f
        JOIN "Organisations" AS o ON o."Id" = f."FunderId"
        WHERE f."Row" <= 10 ORDER BY f."ProjectId", f."Row";
        SELECT p."ProjectId", p."Role", o."Name"
        FROM (SELECT "ProjectId", "OrganisationId", "Role", ROW_NUMBER() OVER (PARTITION BY "ProjectId" ORDER BY "Id") AS "Row"
              FROM "Participations" WHERE "ProjectId" IN ({Page})) AS p
        JOIN "Organisations" AS o ON o."Id" = p."OrganisationId"
        WHERE p."Row" <= 10 ORDER BY p."ProjectId", p."Row";
        """;

    public static async Task WriteAsync(DbConnection connection, Utf8JsonWriter writer)
    {
        await using var command = CeilingDatabase.Command(connection, Sql);
        await using var reader = await command.ExecuteReaderAsync();
        var projects = new List<(string Id, string Title, string? Status)>(10);
        while (await reader.ReadAsync())
        {
            projects.Add((reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        }

        // Children arrive grouped by project in key order, as the projects themselves: write them as each project's turn comes.
        await reader.NextResultAsync();
        var funding = await GroupAsync(reader, r => (Amount: r.IsDBNull(1) ? (long?)null : r.GetInt64(1), Currency: r.IsDBNull(2) ? null : r.GetString(2), Funder: r.GetString(3)));
        await reader.NextResultAsync();
        var participations = await GroupAsync(reader, r => (Role: r.GetString(1), Organisation: r.GetString(2)));

        writer.WriteStartObject();
        writer.WriteStartObject("projects"u8);
        writer.WriteStartArray("nodes"u8);
        foreach (var project in projects)
        {
            writer.WriteStartObject();
            writer.WriteString("title"u8, project.Title);
            if (project.Status is null)
            {
                writer.WriteNull("status"u8);
            }
            else
            {
                writer.WriteString("status"u8, Columns.EnumValueName(project.Status));
            }

            writer.WriteStartObject("funding"u8);
            writer.WriteStartArray("nodes"u8);
            foreach (var f in funding.GetValueOrDefault(project.Id) ?? [])
            {
                writer.WriteStartObject();
                Columns.WriteDecimal(writer, "amount"u8, f.Amount);
                if (f.Currency is null)
                {
                    writer.WriteNull("currency"u8);
                }
                else
                {
                    writer.WriteString("currency"u8, f.Currency);
                }

                writer.WriteStartObject("funder"u8);
                writer.WriteString("name"u8, f.Funder);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteStartObject("participations"u8);
            writer.WriteStartArray("nodes"u8);
            foreach (var p in participations.GetValueOrDefault(project.Id) ?? [])
            {
                writer.WriteStartObject();
                writer.WriteString("role"u8, Columns.EnumValueName(p.Role));
                writer.WriteStartObject("organisation"u8);
                writer.WriteString("name"u8, p.Organisation);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static async Task<Dictionary<string, List<T>>> GroupAsync<T>(DbDataReader reader, Func<DbDataReader, T> read)
    {
        var groups = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            var key = reader.GetString(0);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add(read(reader));
        }

        return groups;
    }
}
