using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using SolidarityGraph.Domain.Persistence.Conversions;

namespace SolidarityGraph.Domain.Persistence.Auditing;

/// <summary>
/// Serialises an entity's stored values for the audit trail: scalar properties plus owned values, with decimals,
/// partial dates and enums in their readable forms. "Before" carries original values, "after" current ones;
/// owned collections appear in "after" only, because EF keeps no original copy of a collection.
/// </summary>
internal static class AuditSnapshot
{
    private static JsonSerializerOptions Options => JsonColumn.Options;

    public static string Serialize(EntityEntry entry, bool original) =>
        JsonSerializer.Serialize(Capture(entry, original), Options);

    private static SortedDictionary<string, object?> Capture(EntityEntry entry, bool original)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            if (property.Metadata.IsShadowProperty())
            {
                continue; // owner keys of owned rows: implementation detail, not data
            }

            values[property.Metadata.Name] = original ? property.OriginalValue : property.CurrentValue;
        }

        foreach (var reference in entry.References.Where(r => r.Metadata.TargetEntityType.IsOwned()))
        {
            values[reference.Metadata.Name] = reference.TargetEntry is { } target ? Capture(target, original) : null;
        }

        if (!original)
        {
            foreach (var collection in entry.Collections.Where(c => c.Metadata.TargetEntityType.IsOwned()))
            {
                values[collection.Metadata.Name] = collection.CurrentValue?.Cast<object>()
                    .Select(item => Capture(entry.Context.Entry(item), original: false)).ToArray();
            }
        }

        return values;
    }
}
