using System.Collections.Concurrent;
using System.Linq.Expressions;
using SolidarityGraph.GraphQL.Data.Building;

namespace SolidarityGraph.GraphQL.Data.Projections;

/// <summary>
/// Runs list plans over in-memory sequences (a resolver's list, e.g. a DataLoader's group for one parent). Going
/// through <see cref="Queryable.AsQueryable(System.Collections.IEnumerable)"/> would compile the whole expression tree
/// on every execution — once per parent and level, which dominates a nested query. Here each tree shape is compiled
/// once (see <see cref="ExpressionShape"/>) and run with the constants of the request.
/// </summary>
internal static class InMemoryQueries
{
    // Shapes are bounded by schema × selection × argument presence; the cap only guards against pathological clients.
    private const int CacheLimit = 1024;

    private static readonly ConcurrentDictionary<string, Func<object, object?[], object>> Cache = new();

    /// <summary>Whether <paramref name="value"/> is an in-memory sequence rather than a query of a real provider.</summary>
    public static bool IsInMemory(object value) => value is not IQueryable || value is EnumerableQuery;

    /// <summary>Builds the delegates that read <paramref name="plan"/>'s window (and count) from any in-memory sequence.</summary>
    public static PreparedList Prepare(ListPlan plan)
    {
        var element = plan.Model.ClrType;
        var (sourceParameter, typedSource) = Source(element);
        var parameter = Expression.Parameter(element, "x");
        var row = Expression.Lambda(
            RowExpressionBuilder.Row(plan.Projection, parameter, plan, defer: false, Array.Empty<EntityMember>(), out var layout, reuse: true), parameter);
        var rows = Bind(sourceParameter, ToList(ListExpressions.Select(ListExpressions.Apply(typedSource, plan, queryable: false), element, row, queryable: false)));

        // Items already in the window's order (a database page) are only projected; compiled on first use, since most
        // fields never see such a source.
        Func<object, object>? asIs = null;
        List<ProjectedRow> WindowRows(object source) =>
            (List<ProjectedRow>)(asIs ??= Bind(sourceParameter, ToList(ListExpressions.Select(typedSource, element, row, queryable: false))))(source);

        var count = plan.CountNeeded ? Bind(sourceParameter, ListExpressions.Count(typedSource, plan, queryable: false)) : null;
        return new PreparedList(plan, layout, source => (List<ProjectedRow>)rows(source), WindowRows, count is null ? null : source => (int)count(source));
    }

    private static Expression ToList(Expression rows) =>
        Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), new[] { typeof(ProjectedRow) }, rows);

    private static (ParameterExpression Parameter, Expression Typed) Source(Type element)
    {
        var parameter = Expression.Parameter(typeof(object), "source");
        return (parameter, Expression.Convert(parameter, typeof(IEnumerable<>).MakeGenericType(element)));
    }

    /// <summary>The compiled (or cached) delegate for <paramref name="body"/>, bound to this tree's constants.</summary>
    private static Func<object, object> Bind(ParameterExpression sourceParameter, Expression body)
    {
        var shape = ExpressionShape.Of(Expression.Convert(body, typeof(object)));
        var constants = shape.Constants;
        Func<object, object?[], object> Compile() =>
            Expression.Lambda<Func<object, object?[], object>>(shape.Body, sourceParameter, shape.ConstantsParameter).Compile();

        Func<object, object?[], object>? run = null;
        if (shape.Cacheable && !Cache.TryGetValue(shape.Key, out run))
        {
            run = Compile();
            if (Cache.Count < CacheLimit)
            {
                Cache.TryAdd(shape.Key, run);
            }
        }

        run ??= Compile();
        return source => run(source, constants);
    }
}

/// <summary>
/// A list plan with its compiled readers, reusable for every parent of one field in one request: <see cref="Rows"/>
/// applies the plan's window (filter, cursor bounds, order, page size plus one) and projects; <see cref="WindowRows"/>
/// only projects, for items that already are that window in its order (<see cref="WindowedList{T}.InWindowOrder"/>).
/// </summary>
internal sealed record PreparedList(
    ListPlan Plan, RowLayout Layout, Func<object, List<ProjectedRow>> Rows, Func<object, List<ProjectedRow>> WindowRows, Func<object, int>? Count)
{
    /// <summary>Whether the layout can be shared: deferred levels collect per-execution state in it.</summary>
    public bool Reusable => !Plan.Projection.HasCollections;
}
