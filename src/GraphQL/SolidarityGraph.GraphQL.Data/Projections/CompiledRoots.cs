using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using SolidarityGraph.GraphQL.Data.Building;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.Data.Projections;

/// <summary>
/// The root statement of a shared list plan compiled by the request's <see cref="IListQueryCompiler"/>, kept with the
/// plan (so with the cached document and the caller class the plan serves): the row expression and its layout are
/// built once, and the provider runs its compiled query instead of translating LINQ on every request.
/// </summary>
internal sealed class CompiledRoots
{
    private static readonly ConditionalWeakTable<ListPlan, CompiledRoots> ByPlan = new();

    private readonly CompiledListQuery<ProjectedRow>? _run;

    private CompiledRoots(CompiledListQuery<ProjectedRow>? run, RowLayout layout)
    {
        _run = run;
        Layout = layout;
    }

    public RowLayout Layout { get; }

    /// <summary>
    /// The compiled statement of <paramref name="plan"/>, when the plan serves every request of the document
    /// whatever its variables, reads no deferred level (whose layout collects per-request state) and the request has a
    /// compiler; otherwise null.
    /// </summary>
    public static CompiledRoots? For(IResolverContext context, IQueryable source, ListPlan plan)
    {
        if (plan.Projection.HasCollections || !SelectionCache.Shares(context)
            || context.Services.GetService(typeof(IListQueryCompiler)) is not IListQueryCompiler compiler)
        {
            return null;
        }

        return ByPlan.GetValue(plan, _ =>
        {
            var query = QueryRunner.RowsQuery(source.Expression, plan, out var layout);
            return new CompiledRoots(compiler.Compile<ProjectedRow>(source, query), layout);
        });
    }

    /// <summary>The rows for <paramref name="source"/>, or null when the compiled query does not apply to it.</summary>
    public IAsyncEnumerable<ProjectedRow>? Run(IQueryable source) => _run?.Invoke(source);
}
