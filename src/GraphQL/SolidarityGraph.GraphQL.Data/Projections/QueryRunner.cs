using System.Linq.Expressions;
using SolidarityGraph.GraphQL.Data.Building;

namespace SolidarityGraph.GraphQL.Data.Projections;

/// <summary>
/// Runs a list plan against an <see cref="IQueryable"/>: one statement for the level and every nested list that EF
/// Core can translate into it, one more statement per level of deferred collections (<see cref="DeferredLevel"/>),
/// and a count statement only when <c>totalCount</c> is selected.
/// </summary>
internal static class QueryRunner
{
    public static async ValueTask<object> ExecuteAsync(IQueryable source, ListPlan plan, CompiledRoots? compiled, CancellationToken cancellationToken)
    {
        List<ProjectedRow> rows;
        RowLayout layout;
        if (compiled?.Run(source) is { } read)
        {
            rows = await ReadAsync(read, cancellationToken).ConfigureAwait(false);
            layout = compiled.Layout;
        }
        else
        {
            rows = await ReadAsync(source, RowsQuery(source.Expression, plan, out layout), cancellationToken).ConfigureAwait(false);
        }

        Func<CancellationToken, ValueTask<int>>? count = null;
        if (plan.CountNeeded)
        {
            var countExpression = ListExpressions.Count(source.Expression, plan, queryable: true);
            count = _ => new ValueTask<int>(source.Provider.Execute<int>(countExpression));
        }

        return await PageAsync(source, plan, rows, layout, count, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>source.Where(filter).OrderBy(order).Take(n + 1).Select(row)</c>: the statement of a list level.</summary>
    public static Expression RowsQuery(Expression source, ListPlan plan, out RowLayout layout)
    {
        var element = plan.Model.ClrType;
        var parameter = Expression.Parameter(element, "x");
        var row = RowExpressionBuilder.Row(plan.Projection, parameter, plan, defer: false, Array.Empty<EntityMember>(), out layout);
        var window = ListExpressions.Apply(source, plan, queryable: true);
        return ListExpressions.Select(window, element, Expression.Lambda(row, parameter), queryable: true);
    }

    /// <summary>Like <see cref="ExecuteAsync"/> for an in-memory sequence, through the compiled readers of <paramref name="list"/>.</summary>
    public static ValueTask<object> ExecuteInMemoryAsync(System.Collections.IEnumerable source, PreparedList list, CancellationToken cancellationToken)
    {
        // A database page (the loader's windowed statement, whose ORDER BY is the plan's) is taken as it is: sorting it
        // again in memory would cost an iterator, a key selector and a sort per parent, and could only disagree with the
        // database's order (collation, where NULLs sort) that the cursors are evaluated against.
        var rows = source is IWindowedList { InWindowOrder: true } ? list.WindowRows(source) : list.Rows(source);
        Func<CancellationToken, ValueTask<int>>? count = null;
        if (list.Count is { } counter)
        {
            // A window read in the database holds one page; its resolver read the count along with it.
            var total = source is IWindowedList { TotalCount: { } windowTotal } ? windowTotal : counter(source);
            count = _ => new ValueTask<int>(total);
        }

        return PageAsync(null, list.Plan, rows, list.Layout, count, cancellationToken, source);
    }

    private static async ValueTask<object> PageAsync(
        IQueryable? source, ListPlan plan, List<ProjectedRow> rows, RowLayout layout, Func<CancellationToken, ValueTask<int>>? count,
        CancellationToken cancellationToken, System.Collections.IEnumerable? sequence = null)
    {
        var materializer = new RowMaterializer();
        var entities = materializer.Entities(rows, layout);
        if (materializer.Deferred.Count > 0)
        {
            await RunDeferredAsync(source ?? Queryable.AsQueryable(sequence!), materializer, cancellationToken).ConfigureAwait(false);
        }

        return PageBuilder.Build(plan, rows, entities, layout, count);
    }

    private static async ValueTask RunDeferredAsync(IQueryable source, RowMaterializer materializer, CancellationToken cancellationToken)
    {
        for (var done = 0; done < materializer.Deferred.Count; done++)
        {
            var level = materializer.Deferred[done];
            var (levelSource, element) = Navigate(source.Expression, source.ElementType, level.Path);
            var parameter = Expression.Parameter(element, "x");
            var key = level.Projection.Key!;
            var keyType = key is System.Reflection.PropertyInfo property ? property.PropertyType : ((System.Reflection.FieldInfo)key).FieldType;
            var keys = Array.CreateInstance(keyType, level.Targets.Count);
            var index = 0;
            foreach (var value in level.Targets.Keys)
            {
                keys.SetValue(value, index++);
            }

            var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), new[] { keyType },
                ValueConversion.Parameter(keys, keys.GetType()), Expression.MakeMemberAccess(parameter, key));
            var filtered = ListExpressions.Call(true, nameof(Queryable.Where), new[] { element }, levelSource, Expression.Lambda(contains, parameter));
            var row = RowExpressionBuilder.Row(level.Projection, parameter, null, defer: false, level.Path, out var layout);
            var rows = await ReadAsync(source, ListExpressions.Select(filtered, element, Expression.Lambda(row, parameter), queryable: true), cancellationToken).ConfigureAwait(false);
            foreach (var read in rows)
            {
                var readKey = RowMaterializer.KeyOf(read.Entity!, level.Projection);
                if (level.Targets.TryGetValue(readKey, out var targets))
                {
                    foreach (var target in targets)
                    {
                        materializer.ApplyChildren(target, read, layout);
                    }

                    level.Targets.Remove(readKey);
                }
            }
        }
    }

    /// <summary>The root source followed along <paramref name="path"/>: <c>SelectMany</c> for lists, <c>Select</c> (non-null) for objects.</summary>
    private static (Expression Source, Type Element) Navigate(Expression source, Type element, IReadOnlyList<EntityMember> path)
    {
        foreach (var step in path)
        {
            var parameter = Expression.Parameter(element, "n");
            var read = Expression.MakeMemberAccess(parameter, step.Member);
            if (step.Kind == MemberKind.List)
            {
                var next = step.ElementType!;
                var selector = Expression.Lambda(typeof(Func<,>).MakeGenericType(element, typeof(IEnumerable<>).MakeGenericType(next)), read, parameter);
                source = ListExpressions.Call(true, nameof(Queryable.SelectMany), new[] { element, next }, source, selector);
                element = next;
            }
            else
            {
                source = ListExpressions.Call(true, nameof(Queryable.Select), new[] { element, read.Type }, source, Expression.Lambda(read, parameter));
                element = read.Type;
                var item = Expression.Parameter(element, "n");
                source = ListExpressions.Call(true, nameof(Queryable.Where), new[] { element }, source,
                    Expression.Lambda(Expression.NotEqual(item, Expression.Constant(null, element)), item));
            }
        }

        return (source, element);
    }

    private static async ValueTask<List<ProjectedRow>> ReadAsync(IQueryable source, Expression query, CancellationToken cancellationToken)
    {
        var rows = source.Provider.CreateQuery<ProjectedRow>(query);
        if (rows is IAsyncEnumerable<ProjectedRow> asynchronous)
        {
            return await ReadAsync(asynchronous, cancellationToken).ConfigureAwait(false);
        }

        return [.. rows];
    }

    private static async ValueTask<List<ProjectedRow>> ReadAsync(IAsyncEnumerable<ProjectedRow> rows, CancellationToken cancellationToken)
    {
        var result = new List<ProjectedRow>();
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            result.Add(row);
        }

        return result;
    }
}
