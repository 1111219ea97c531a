using System.Runtime.CompilerServices;

namespace SolidarityGraph.GraphQL.Data.Projections;

/// <summary>
/// The results a projection computed for nested data fields of a projected entity (a child connection, a filtered
/// list), keyed by the entity instance and the field's response key. Projected instances are created per request,
/// so entries never leak between requests, and the table holds them weakly.
/// </summary>
internal static class ProjectionState
{
    private static readonly ConditionalWeakTable<object, Dictionary<string, object?>> Table = new();

    public static void Set(object entity, string responseKey, object? result)
    {
        var entries = Table.GetValue(entity, _ => new Dictionary<string, object?>(StringComparer.Ordinal));
        lock (entries)
        {
            entries[responseKey] = result;
        }
    }

    public static bool TryGet(object? entity, string responseKey, out object? result)
    {
        result = null;
        if (entity is null || !Table.TryGetValue(entity, out var entries))
        {
            return false;
        }

        lock (entries)
        {
            return entries.TryGetValue(responseKey, out result);
        }
    }
}
