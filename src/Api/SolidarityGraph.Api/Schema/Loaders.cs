using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Data;
using SolidarityGraph.GraphQL.DataLoader;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.Api.Schema;

/// <summary>
/// The DataLoaders every relation uses: entities by id and entities grouped by a foreign key. One statement per batch,
/// each batch on its own context from <see cref="ReadContexts"/>, so a nested query costs one statement per level.
/// Each batch reads only what the field's selection, filter and order need (<see cref="SelectionProjection{T}"/>); the
/// loader is named after that shape, so parents selecting alike share a batch and a cached entity is never partial
/// for a caller that needs more.
/// </summary>
public static class Loaders
{
    private static readonly ConcurrentDictionary<string, Delegate> KeyReaders = new();

    /// <summary>Loads the <typeparamref name="T"/> with id <paramref name="id"/> (batched with every other id of the same level).</summary>
    public static Task<T?> ById<T>(IResolverContext context, string? id)
        where T : EntityBase
    {
        if (id is null)
        {
            return Task.FromResult<T?>(null);
        }

        var contexts = context.Service<ReadContexts>();
        var projection = context.GetProjection<T>();
        return context.BatchLoader<string, T>("byId:" + typeof(T).Name + projection.Shape, async (keys, ct) =>
            {
                var list = keys.ToList(); // EF Core 6 translates List.Contains, not array Contains.
                await using var db = contexts.Create();
                return await projection.Apply(db.Set<T>().Where(e => list.Contains(e.Id))).ToDictionaryAsync(e => e.Id, ct);
            })
            .LoadAsync(id);
    }

    /// <summary>Loads every <typeparamref name="T"/> whose <paramref name="foreignKey"/> equals <paramref name="key"/>, ordered by id.</summary>
    public static async Task<IReadOnlyList<T>> ByForeignKey<T>(IResolverContext context, string name, Expression<Func<T, string?>> foreignKey, string key)
        where T : EntityBase
    {
        var contexts = context.Service<ReadContexts>();
        var projection = context.GetProjection<T>(foreignKey);
        var keyName = typeof(T).Name + "By" + name;
        var loader = context.GroupLoader<string, T>(keyName + projection.Shape, async (keys, ct) =>
        {
            await using var db = contexts.Create();
            var query = db.Set<T>().Where(Contains(keys.ToList(), foreignKey)).OrderBy(e => e.Id);
            var rows = await projection.Apply(query).ToListAsync(ct);
            // The key name identifies the foreign key, so its compiled reader is shared (compiling costs more than the batch).
            var read = (Func<T, string?>)KeyReaders.GetOrAdd(keyName, _ => foreignKey.Compile());
            return rows.ToLookup(r => read(r)!);
        });
        return await loader.LoadAsync(key);
    }

    /// <summary>The parent entity of a relation field.</summary>
    public static T Parent<T>(IResolverContext context) => (T)context.Parent!;

    private static Expression<Func<T, bool>> Contains<T>(List<string> keys, Expression<Func<T, string?>> member)
    {
        // The keys as a closure read, not a constant: EF Core then sends them as a parameter and reuses the compiled
        // query; a constant list is part of the query cache key, so every batch would be translated anew.
        Expression<Func<List<string>>> captured = () => keys;
        var contains = typeof(List<string>).GetMethod(nameof(List<string>.Contains))!;
        var body = Expression.Call(captured.Body, contains, member.Body);
        return Expression.Lambda<Func<T, bool>>(body, member.Parameters);
    }
}
