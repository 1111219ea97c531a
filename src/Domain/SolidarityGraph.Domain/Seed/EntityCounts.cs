using System.Reflection;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Domain.Seed;

/// <summary>Row counts per entity set of <see cref="SolidarityGraphDbContext"/>, for health reports and the seed CLI.</summary>
public static class EntityCounts
{
    private static readonly MethodInfo CountOfType =
        typeof(EntityCounts).GetMethod(nameof(CountSetAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    // Every public DbSet<T> property of the context, so a new entity set is counted without touching this file.
    private static readonly (string Name, Type EntityType)[] Sets = typeof(SolidarityGraphDbContext)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(DbSet<>))
        .Select(p => (char.ToLowerInvariant(p.Name[0]) + p.Name[1..], p.PropertyType.GetGenericArguments()[0]))
        .ToArray();

    /// <summary>Counts keyed by camel-case set name (<c>organisations</c>, <c>fundings</c> …), in declaration order.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> CountAsync(SolidarityGraphDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, entityType) in Sets)
        {
            counts[name] = await (Task<int>)CountOfType.MakeGenericMethod(entityType).Invoke(null, [db, cancellationToken])!;
        }

        return counts;
    }

    private static Task<int> CountSetAsync<T>(SolidarityGraphDbContext db, CancellationToken cancellationToken) where T : class =>
        db.Set<T>().CountAsync(cancellationToken);
}
