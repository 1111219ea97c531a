using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.GraphQL.Data;

namespace SolidarityGraph.Api.Schema;

/// <summary>
/// The statements of <see cref="Loaders"/> as EF Core compiled queries, compiled once per shape and reused by every
/// request: a query run through LINQ is walked for parameters, hashed and looked up in EF Core's query cache on every
/// execution, which cost more than reading the rows. A query takes the context and the batch's keys (one
/// <c>json_each(@keys)</c> parameter); its SQL is the one the LINQ query produced (<c>SqlShapeTests</c>).
/// </summary>
internal static class LoaderQueries
{
    // Shapes are bounded by the schema (entity × selected members); the cap only guards against pathological clients.
    private const int CacheLimit = 2048;

    private static readonly ConcurrentDictionary<string, Delegate> Compiled = new(StringComparer.Ordinal);

    /// <summary><c>(db, keys) =&gt; db.Set&lt;T&gt;().Where(e =&gt; keys.Contains(e.Id)).Select(projection)</c>.</summary>
    public static Func<SolidarityGraphDbContext, string[], IAsyncEnumerable<T>> ById<T>(SelectionProjection<T> projection)
        where T : EntityBase =>
        Get("byId:" + typeof(T).FullName + projection.Shape, () =>
        {
            var (db, keys) = Parameters();
            var query = Where(Set<T>(db), KeyIn<T>(keys, e => e.Id));
            return Compile<T>(Select(query, projection.Selector), db, keys);
        });

    /// <summary>
    /// <c>(db, keys) =&gt; db.Set&lt;T&gt;().Where(e =&gt; keys.Contains(foreignKey(e))).OrderBy(e =&gt; e.Id).Select(projection)</c>;
    /// <paramref name="name"/> identifies the foreign key.
    /// </summary>
    public static Func<SolidarityGraphDbContext, string[], IAsyncEnumerable<T>> ByForeignKey<T>(
        string name, Expression<Func<T, string?>> foreignKey, SelectionProjection<T> projection)
        where T : EntityBase =>
        Get("byFk:" + typeof(T).FullName + "/" + name + projection.Shape, () =>
        {
            var (db, keys) = Parameters();
            Expression<Func<T, string>> byId = e => e.Id;
            var query = Expression.Call(typeof(Queryable), nameof(Queryable.OrderBy), [typeof(T), typeof(string)],
                Where(Set<T>(db), KeyIn(keys, foreignKey)), Expression.Quote(byId));
            return Compile<T>(Select(query, projection.Selector), db, keys);
        });

    /// <summary>
    /// <c>(db, keys) =&gt; db.Set&lt;TParent&gt;().Where(p =&gt; keys.Contains(p.Id)).Select(p =&gt; page of p)</c> (see
    /// <see cref="Loaders.PageOf{TParent, TChild}"/>) for a projection shared across requests; compiled once per projection.
    /// </summary>
    public static Func<SolidarityGraphDbContext, string[], IAsyncEnumerable<PageRow<TChild>>> Page<TParent, TChild>(
        string name, Expression<Func<TChild, string?>> foreignKey, SelectionProjection<TChild> projection)
        where TParent : EntityBase
        where TChild : EntityBase
    {
        var byRelation = Pages<TChild>.Compiled.GetValue(projection, _ => new ConcurrentDictionary<string, Delegate>(StringComparer.Ordinal));
        return (Func<SolidarityGraphDbContext, string[], IAsyncEnumerable<PageRow<TChild>>>)byRelation.GetOrAdd(typeof(TParent).FullName + "/" + name, _ =>
        {
            var (db, keys) = Parameters();
            var page = Loaders.PageOf<TParent, TChild>(Set<TChild>(db), keys, foreignKey, projection.Window!, projection.Count);
            var query = Expression.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(TParent), typeof(PageRow<TChild>)],
                Where(Set<TParent>(db), KeyIn<TParent>(keys, p => p.Id)), Expression.Quote(page));
            return Compile<PageRow<TChild>>(query, db, keys);
        });
    }

    /// <summary>
    /// <c>e =&gt; member(e) != null &amp;&amp; keys.Contains(member(e))</c>, with <paramref name="keys"/> a query parameter.
    /// The null test is what keeps the statement's SQL cached: for a nullable column (every foreign key) EF Core's
    /// null-semantics pass otherwise inspects the parameter's values on each execution (does the list hold a null?) and
    /// marks the SQL as not cacheable, so every batch would build and print its SQL anew. Knowing the column is not null,
    /// it needs no values; on a column that cannot be null the test is dropped from the SQL.
    /// </summary>
    public static Expression<Func<T, bool>> KeyIn<T>(Expression keys, Expression<Func<T, string?>> member) =>
        Expression.Lambda<Func<T, bool>>(
            Expression.AndAlso(
                Expression.NotEqual(member.Body, Expression.Constant(null, typeof(string))),
                Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)], keys, member.Body)),
            member.Parameters);

    private static Func<SolidarityGraphDbContext, string[], IAsyncEnumerable<TResult>> Get<TResult>(
        string key, Func<Func<SolidarityGraphDbContext, string[], IAsyncEnumerable<TResult>>> compile)
    {
        if (Compiled.TryGetValue(key, out var known))
        {
            return (Func<SolidarityGraphDbContext, string[], IAsyncEnumerable<TResult>>)known;
        }

        var compiled = compile();
        return Compiled.Count < CacheLimit ? (Func<SolidarityGraphDbContext, string[], IAsyncEnumerable<TResult>>)Compiled.GetOrAdd(key, compiled) : compiled;
    }

    private static (ParameterExpression Db, ParameterExpression Keys) Parameters() =>
        (Expression.Parameter(typeof(SolidarityGraphDbContext), "db"), Expression.Parameter(typeof(string[]), "keys"));

    /// <summary><c>db.Set&lt;T&gt;()</c>: inside a compiled query EF Core turns it into the query root.</summary>
    private static Expression Set<T>(ParameterExpression db)
        where T : class =>
        Expression.Call(db, nameof(DbContext.Set), [typeof(T)]);

    private static Expression Where<T>(Expression source, Expression<Func<T, bool>> predicate) =>
        Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(T)], source, Expression.Quote(predicate));

    private static Expression Select<T>(Expression source, Expression<Func<T, T>>? selector) =>
        selector is null ? source : Expression.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(T), typeof(T)], source, Expression.Quote(selector));

    private static Func<SolidarityGraphDbContext, string[], IAsyncEnumerable<TResult>> Compile<TResult>(
        Expression query, ParameterExpression db, ParameterExpression keys)
    {
        var noTracking = Expression.Call(typeof(EntityFrameworkQueryableExtensions), nameof(EntityFrameworkQueryableExtensions.AsNoTracking), [typeof(TResult)], query);
        return EF.CompileAsyncQuery(Expression.Lambda<Func<SolidarityGraphDbContext, string[], IQueryable<TResult>>>(noTracking, db, keys));
    }

    /// <summary>Page queries by projection instance: they go with the projection (and so with the cached document).</summary>
    private static class Pages<TChild>
        where TChild : class
    {
        public static readonly ConditionalWeakTable<SelectionProjection<TChild>, ConcurrentDictionary<string, Delegate>> Compiled = new();
    }
}
