using System.Linq.Expressions;

namespace SolidarityGraph.GraphQL.Data;

/// <summary>
/// Compiles the statement of a root list once per plan, for providers whose LINQ execution costs more than reading the
/// rows (parameter extraction, query-cache hashing and lookup on every run; a compiled query skips them). Register it
/// as a request service; without one, lists run through LINQ. The data middleware asks only for plans that serve every
/// request of a document whatever its variables, and keeps the reader with the plan.
/// </summary>
public interface IListQueryCompiler
{
    /// <summary>
    /// A reader for <paramref name="query"/>, a query over <paramref name="source"/>'s expression (the resolver's
    /// query, which other requests return with sources of their own), or null when <paramref name="source"/> is not
    /// a query the compiler can bind to another request's source: the list then runs through LINQ.
    /// </summary>
    /// <typeparam name="TResult">The row type the query selects.</typeparam>
    /// <param name="source">The resolver's query in the request that plans the list.</param>
    /// <param name="query">What is read: <paramref name="source"/>'s expression filtered, ordered, windowed and projected.</param>
    CompiledListQuery<TResult>? Compile<TResult>(IQueryable source, Expression query);
}

/// <summary>
/// Runs a compiled list query against a later request's source: the rows, or null when that source is not the one the
/// query was compiled for (another root, or operators the resolver added), so the caller runs LINQ instead.
/// </summary>
/// <typeparam name="TResult">The row type the query selects.</typeparam>
public delegate IAsyncEnumerable<TResult>? CompiledListQuery<TResult>(IQueryable source);
