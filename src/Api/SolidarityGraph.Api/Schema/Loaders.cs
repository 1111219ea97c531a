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
                var db = contexts.Create(); // returned to the pool by the request scope, never here
                return await projection.Apply(db.Set<T>().Where(e => keys.Contains(e.Id))).ToDictionaryAsync(e => e.Id, ct);
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
            var db = contexts.Create(); // returned to the pool by the request scope, never here
            var query = db.Set<T>().Where(Contains(keys, foreignKey)).OrderBy(e => e.Id);
            var rows = await projection.Apply(query).ToListAsync(ct);
            // The key name identifies the foreign key, so its compiled reader is shared (compiling costs more than the batch).
            var read = (Func<T, string?>)KeyReaders.GetOrAdd(keyName, _ => foreignKey.Compile());
            return rows.ToLookup(r => read(r)!);
        });
        return await loader.LoadAsync(key);
    }

    /// <summary>
    /// The page of <typeparamref name="TChild"/> whose <paramref name="foreignKey"/> is <paramref name="key"/> that the
    /// connection field asks for. One statement for every parent of the level: each parent's window (filter, order,
    /// cursor bounds, page size plus one) is a correlated subquery, which EF Core turns into
    /// <c>ROW_NUMBER() OVER (PARTITION BY …)</c>, so a parent with thousands of children still reads one page.
    /// Falls back to <see cref="ByForeignKey{T}"/> when the field has no window (offset paging).
    /// </summary>
    public static async Task<IReadOnlyList<TChild>> Page<TParent, TChild>(
        IResolverContext context, string name, Expression<Func<TChild, string?>> foreignKey, string key)
        where TParent : EntityBase
        where TChild : EntityBase
    {
        var projection = context.GetProjection<TChild>(foreignKey);
        if (projection.Window is not { } window)
        {
            return await ByForeignKey(context, name, foreignKey, key);
        }

        var contexts = context.Service<ReadContexts>();
        var count = projection.Count;
        var loader = context.BatchLoader<string, WindowedList<TChild>>(typeof(TChild).Name + "PageBy" + name + projection.BatchKey, async (keys, ct) =>
        {
            var db = contexts.Create(); // returned to the pool by the request scope, never here
            var pages = await db.Set<TParent>().Where(p => keys.Contains(p.Id)).Select(PageOf<TParent, TChild>(db, keys, foreignKey, window, count)).ToListAsync(ct);
            return pages.ToDictionary(p => p.Key, p => new WindowedList<TChild>(p.Items, count is null ? null : p.Count));
        });
        return await loader.LoadAsync(key) ?? WindowedList<TChild>.Empty(count is null ? null : 0);
    }

    /// <summary>The parent entity of a relation field.</summary>
    public static T Parent<T>(IResolverContext context) => (T)context.Parent!;

    /// <summary><c>p =&gt; new PageRow { Key = p.Id, Items = window(children of p).ToList(), Count = count(children of p) }</c>.</summary>
    private static Expression<Func<TParent, PageRow<TChild>>> PageOf<TParent, TChild>(
        SolidarityGraphDbContext db, IReadOnlyList<string> keys, Expression<Func<TChild, string?>> foreignKey,
        Expression<Func<IQueryable<TChild>, IQueryable<TChild>>> window, Expression<Func<IQueryable<TChild>, int>>? count)
        where TParent : EntityBase
        where TChild : class
    {
        var parent = Expression.Parameter(typeof(TParent), "p");
        // "One of the batch's keys" is redundant with the correlation, but EF Core lifts the correlation into the join and
        // keeps this predicate inside the ROW_NUMBER() subquery: the database numbers the batch's children, not the table.
        var matches = Expression.Lambda<Func<TChild, bool>>(
            Expression.AndAlso(
                Contains(keys, foreignKey).Body,
                Expression.Equal(foreignKey.Body, Expression.Property(parent, nameof(EntityBase.Id)))),
            foreignKey.Parameters);
        // The query root itself (not a captured DbSet), so the tree holds no per-request constants and its translation is cached.
        var children = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(TChild)], db.Set<TChild>().AsQueryable().Expression, Expression.Quote(matches));
        var items = Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), [typeof(TChild)], Inline(window, children));
        var bindings = new List<MemberBinding>
        {
            Expression.Bind(typeof(PageRow<TChild>).GetProperty(nameof(PageRow<TChild>.Key))!, Expression.Property(parent, nameof(EntityBase.Id))),
            Expression.Bind(typeof(PageRow<TChild>).GetProperty(nameof(PageRow<TChild>.Items))!, items),
        };
        if (count is not null)
        {
            bindings.Add(Expression.Bind(typeof(PageRow<TChild>).GetProperty(nameof(PageRow<TChild>.Count))!, Inline(count, children)));
        }

        return Expression.Lambda<Func<TParent, PageRow<TChild>>>(Expression.MemberInit(Expression.New(typeof(PageRow<TChild>)), bindings), parent);
    }

    /// <summary>The body of <paramref name="lambda"/> with its parameter replaced by <paramref name="argument"/>.</summary>
    private static Expression Inline(LambdaExpression lambda, Expression argument) =>
        new Substitution(lambda.Parameters[0], argument).Visit(lambda.Body);

    private static Expression<Func<T, bool>> Contains<T>(IReadOnlyList<string> keys, Expression<Func<T, string?>> member)
    {
        // The keys as a closure read, not a constant: EF Core then sends them as a parameter and reuses the compiled
        // query; a constant list is part of the query cache key, so every batch would be translated anew.
        Expression<Func<IEnumerable<string>>> captured = () => keys;
        var body = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)], captured.Body, member.Body);
        return Expression.Lambda<Func<T, bool>>(body, member.Parameters);
    }

    private sealed class Substitution(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}

/// <summary>One parent's page in a batch: its key, its window of items and (when selected) the filtered count.</summary>
public sealed class PageRow<T>
{
    /// <summary>The parent's id.</summary>
    public string Key { get; init; } = "";

    /// <summary>The items of the window.</summary>
    public List<T> Items { get; init; } = new();

    /// <summary>Every item the filter matches.</summary>
    public int Count { get; init; }
}
