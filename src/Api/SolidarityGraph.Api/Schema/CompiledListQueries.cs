using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.GraphQL.Data;

namespace SolidarityGraph.Api.Schema;

/// <summary>
/// Root lists (<see cref="Queries.Connection{T}"/>) as EF Core compiled queries: the data middleware hands over a
/// shared plan's statement once, and every later request runs it on its own read context without LINQ's per-execution
/// work (parameter extraction, query-cache hashing and lookup). Only a bare entity set qualifies (the query root of a
/// <see cref="SolidarityGraphDbContext"/>, as every root connection resolves to), so a compiled statement can be bound
/// to another request's context and nothing a resolver adds is ever left out. Global query filters (steward-only
/// rows) read the context they run on, so each request sees its own caller's rows. The SQL is the one LINQ sends.
/// </summary>
internal sealed class CompiledListQueries : IListQueryCompiler
{
    public CompiledListQuery<TResult>? Compile<TResult>(IQueryable source, Expression query)
    {
        if (source.Expression is not EntityQueryRootExpression root || ContextOf(source) is null)
        {
            return null;
        }

        var db = Expression.Parameter(typeof(SolidarityGraphDbContext), "db");
        var set = Expression.Call(db, nameof(DbContext.Set), [root.ElementType]);
        var body = new RootReplacement(root.EntityType, set).Visit(query);
        var noTracking = Expression.Call(typeof(EntityFrameworkQueryableExtensions), nameof(EntityFrameworkQueryableExtensions.AsNoTracking), [typeof(TResult)], body);
        var compiled = EF.CompileAsyncQuery(Expression.Lambda<Func<SolidarityGraphDbContext, IQueryable<TResult>>>(noTracking, db));
        var entityType = root.EntityType;
        return later => later.Expression is EntityQueryRootExpression laterRoot && laterRoot.EntityType == entityType && ContextOf(later) is { } context
            ? compiled(context)
            : null;
    }

    /// <summary>The read context a bare entity set belongs to.</summary>
    private static SolidarityGraphDbContext? ContextOf(IQueryable source) =>
        source is IInfrastructure<IServiceProvider> infrastructure ? infrastructure.GetService<ICurrentDbContext>().Context as SolidarityGraphDbContext : null;

    /// <summary>Replaces the request's query root with <c>db.Set&lt;T&gt;()</c> of the compiled query's context parameter.</summary>
    private sealed class RootReplacement(Microsoft.EntityFrameworkCore.Metadata.IEntityType entityType, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitExtension(Expression node) =>
            node is EntityQueryRootExpression root && root.EntityType == entityType ? replacement : base.VisitExtension(node);
    }
}
