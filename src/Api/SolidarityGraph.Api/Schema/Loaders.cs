using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Persistence.Providers;
using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Data;
using SolidarityGraph.GraphQL.DataLoader;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.Api.Schema;

/// <summary>
/// The DataLoaders every relation uses: entities by id and entities grouped by a foreign key. One statement per batch,
/// each batch on a context leased from <see cref="ReadContexts"/> while it runs, so a nested query costs one statement per level.
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

        // ReadContexts resolved once per batch, not once per parent; name and state built without a string or closure per parent.
        var projection = context.GetProjection<T>();
        var name = LoaderNames.Of(projection, string.Empty, static (projection, _) => "byId:" + typeof(T).Name + projection.Shape);
        return context.BatchLoader<string, T, (IServiceProvider Services, SelectionProjection<T> Projection)>(name, (context.Services, projection), static async (state, keys, ct) =>
            {
                await using var lease = await Contexts(state.Services).LeaseAsync(ct); // back to the request when the batch ends
                var db = lease.Context;
                var read = LoaderQueries.ById(state.Projection);
                var found = new Dictionary<string, T>(keys.Count, StringComparer.Ordinal);
                await foreach (var entity in read(db, ToArray(keys)).WithCancellation(ct))
                {
                    found[entity.Id] = entity;
                }

                return found;
            })
            .LoadAsync(id);
    }

    /// <summary>Loads every <typeparamref name="T"/> whose <paramref name="foreignKey"/> equals <paramref name="key"/>, ordered by id.</summary>
    public static async Task<IReadOnlyList<T>> ByForeignKey<T>(IResolverContext context, string name, Expression<Func<T, string?>> foreignKey, string key)
        where T : EntityBase
    {
        var projection = context.GetProjection<T>(foreignKey);
        var loaderName = LoaderNames.Of(projection, name, static (projection, name) => typeof(T).Name + "By" + name + projection.Shape);
        var loader = context.GroupLoader<string, T, (IServiceProvider Services, string Name, Expression<Func<T, string?>> ForeignKey, SelectionProjection<T> Projection)>(
            loaderName, (context.Services, name, foreignKey, projection), static async (state, keys, ct) =>
        {
            await using var lease = await Contexts(state.Services).LeaseAsync(ct); // back to the request when the batch ends
            var db = lease.Context;
            var keyName = typeof(T).Name + "By" + state.Name;
            var rows = new List<T>();
            await foreach (var row in LoaderQueries.ByForeignKey(keyName, state.ForeignKey, state.Projection)(db, ToArray(keys)).WithCancellation(ct))
            {
                rows.Add(row);
            }

            // The key name identifies the foreign key, so its compiled reader is shared (compiling costs more than the batch).
            var read = (Func<T, string?>)KeyReaders.GetOrAdd(keyName, static (_, foreignKey) => foreignKey.Compile(), state.ForeignKey);
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
    public static Task<IReadOnlyList<TChild>> Page<TParent, TChild>(
        IResolverContext context, string name, Expression<Func<TChild, string?>> foreignKey, string key)
        where TParent : EntityBase
        where TChild : EntityBase
    {
        var projection = context.GetProjection<TChild>(foreignKey);
        if (projection.Window is null)
        {
            return ByForeignKey(context, name, foreignKey, key);
        }

        var loaderName = LoaderNames.Of(projection, name, static (projection, name) => typeof(TChild).Name + "PageBy" + name + projection.BatchKey);
        var loader = context.BatchLoader<string, IReadOnlyList<TChild>, (IServiceProvider Services, string Name, Expression<Func<TChild, string?>> ForeignKey, SelectionProjection<TChild> Projection)>(
            loaderName, (context.Services, name, foreignKey, projection), static async (state, keys, ct) =>
        {
            await using var lease = await Contexts(state.Services).LeaseAsync(ct); // back to the request when the batch ends
            var db = lease.Context;
            var (projection, count) = (state.Projection, state.Projection.Count);
            var pages = new Dictionary<string, IReadOnlyList<TChild>>(keys.Count, StringComparer.Ordinal);
            // SQLite orders nulls as the field's order does (first when ascending); PostgreSQL puts them last, so its
            // pages are sorted again in memory.
            var inWindowOrder = DatabaseProviders.Of(db.Database) == DatabaseProvider.Sqlite;
            await foreach (var page in ReadPages<TParent, TChild>(db, keys, state.Name, state.ForeignKey, projection, projection.Window!, count).WithCancellation(ct))
            {
                // The statement orders each parent's rows by the window's keys (EF Core keeps an ordered collection's order).
                pages[page.Key] = new WindowedList<TChild>(page.Items, count is null ? null : page.Count, inWindowOrder);
            }

            foreach (var parent in keys)
            {
                pages.TryAdd(parent, WindowedList<TChild>.Empty(count is null ? null : 0)); // a parent without children
            }

            return pages;
        });
        // Every key of a batch has its page, so the loader's task is the answer: no async method per parent to await it.
        return loader.LoadAsync(key)!;
    }

    /// <summary>
    /// The pages of a batch: through a compiled query when the projection serves every request with this document,
    /// otherwise (a selection that reads variables) through LINQ, whose translation EF Core caches by the query's shape.
    /// </summary>
    private static IAsyncEnumerable<PageRow<TChild>> ReadPages<TParent, TChild>(
        SolidarityGraphDbContext db, IReadOnlyList<string> batch, string name, Expression<Func<TChild, string?>> foreignKey,
        SelectionProjection<TChild> projection, Expression<Func<IQueryable<TChild>, IQueryable<TChild>>> window, Expression<Func<IQueryable<TChild>, int>>? count)
        where TParent : EntityBase
        where TChild : EntityBase
    {
        var keys = ToArray(batch);
        if (projection.IsShared)
        {
            return LoaderQueries.Page<TParent, TChild>(name, foreignKey, projection)(db, keys);
        }

        // The keys as a closure read, not a constant: EF Core then sends them as a parameter (named after the variable,
        // @keys) and reuses the compiled query; a constant list is part of the query cache key, so every batch would be
        // translated anew. A string[], as in the compiled queries, so SQLite's parameter is written the same way.
        Expression<Func<string[]>> captured = () => keys;
        var children = db.Set<TChild>().AsQueryable().Expression; // the query root itself, so the tree holds no per-request constants
        return db.Set<TParent>().Where(LoaderQueries.KeyIn<TParent>(captured.Body, p => p.Id))
            .Select(PageOf<TParent, TChild>(children, captured.Body, foreignKey, window, count))
            .AsAsyncEnumerable();
    }

    private static string[] ToArray(IReadOnlyList<string> keys) => keys as string[] ?? [.. keys];

    private static ReadContexts Contexts(IServiceProvider services) =>
        services.GetService(typeof(ReadContexts)) as ReadContexts
        ?? throw new InvalidOperationException($"The service {nameof(ReadContexts)} the loaders read with is not registered.");

    /// <summary>The parent entity of a relation field.</summary>
    public static T Parent<T>(IResolverContext context) => (T)context.Parent!;

    /// <summary>
    /// <c>p =&gt; new PageRow { Key = p.Id, Items = window(children of p).ToList(), Count = count(children of p) }</c>, the
    /// children read from <paramref name="children"/> (the child set's query root) and the batch's <paramref name="keys"/>.
    /// </summary>
    internal static Expression<Func<TParent, PageRow<TChild>>> PageOf<TParent, TChild>(
        Expression children, Expression keys, Expression<Func<TChild, string?>> foreignKey,
        Expression<Func<IQueryable<TChild>, IQueryable<TChild>>> window, Expression<Func<IQueryable<TChild>, int>>? count)
        where TParent : EntityBase
        where TChild : class
    {
        var parent = Expression.Parameter(typeof(TParent), "p");
        // "One of the batch's keys" is redundant with the correlation, but EF Core lifts the correlation into the join and
        // keeps this predicate inside the ROW_NUMBER() subquery: the database numbers the batch's children, not the table.
        var matches = Expression.Lambda<Func<TChild, bool>>(
            Expression.AndAlso(
                LoaderQueries.KeyIn(keys, foreignKey).Body,
                Expression.Equal(foreignKey.Body, Expression.Property(parent, nameof(EntityBase.Id)))),
            foreignKey.Parameters);
        var childrenOfParent = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(TChild)], children, Expression.Quote(matches));
        var items = Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), [typeof(TChild)], Inline(window, childrenOfParent));
        var bindings = new List<MemberBinding>
        {
            Expression.Bind(typeof(PageRow<TChild>).GetProperty(nameof(PageRow<TChild>.Key))!, Expression.Property(parent, nameof(EntityBase.Id))),
            Expression.Bind(typeof(PageRow<TChild>).GetProperty(nameof(PageRow<TChild>.Items))!, items),
        };
        if (count is not null)
        {
            bindings.Add(Expression.Bind(typeof(PageRow<TChild>).GetProperty(nameof(PageRow<TChild>.Count))!, Inline(count, childrenOfParent)));
        }

        return Expression.Lambda<Func<TParent, PageRow<TChild>>>(Expression.MemberInit(Expression.New(typeof(PageRow<TChild>)), bindings), parent);
    }

    /// <summary>The body of <paramref name="lambda"/> with its parameter replaced by <paramref name="argument"/>.</summary>
    private static Expression Inline(LambdaExpression lambda, Expression argument) =>
        new Substitution(lambda.Parameters[0], argument).Visit(lambda.Body);

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
