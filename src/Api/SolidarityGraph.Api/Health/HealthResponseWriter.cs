using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SolidarityGraph.Api.Health;

/// <summary>
/// Writes the health report as JSON: <c>{ "status", "database": { provider, migrations }, "counts": { … } }</c>.
/// Failures show only the check's description; exception details stay in the server log.
/// </summary>
internal static class HealthResponseWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true };

    /// <summary>The <c>ResponseWriter</c> of the <c>/health</c> endpoint.</summary>
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(context.Response.Body, Options);
        json.WriteStartObject();
        json.WriteString("status", report.Status.ToString());

        if (report.Entries.TryGetValue(DatabaseHealthCheck.Name, out var entry)
            && entry.Data.TryGetValue(DatabaseHealthCheck.Name, out var value) && value is DatabaseStatus status)
        {
            json.WriteStartObject("database");
            json.WriteString("provider", status.Provider);
            json.WriteString("lastAppliedMigration", status.LastAppliedMigration);
            WriteStrings(json, "appliedMigrations", status.AppliedMigrations);
            WriteStrings(json, "pendingMigrations", status.PendingMigrations);
            json.WriteEndObject();

            json.WriteStartObject("counts");
            foreach (var (set, count) in status.Counts)
            {
                json.WriteNumber(set, count);
            }

            json.WriteEndObject();
        }

        json.WriteStartObject("checks");
        foreach (var (name, check) in report.Entries)
        {
            json.WriteStartObject(name);
            json.WriteString("status", check.Status.ToString());
            json.WriteString("description", check.Description);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
