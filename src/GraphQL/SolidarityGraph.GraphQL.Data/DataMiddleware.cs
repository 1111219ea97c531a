using SolidarityGraph.GraphQL.Data.Building;
using SolidarityGraph.GraphQL.Data.Projections;
using SolidarityGraph.GraphQL.Execution;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.Data;

/// <summary>
/// The one field middleware behind <c>UsePaging/UseProjection/UseFiltering/UseSorting</c>. A field whose parent was
/// projected returns what the parent's query already read; otherwise the resolver's sequence is planned (filter,
/// order, window, projection) and read. Failures become field errors with a stable code, never an unexpected error.
/// </summary>
internal static class DataMiddleware
{
    private const string PreparedPurpose = "SolidarityGraph.Data.PreparedList";
    private const string PlanPurpose = "SolidarityGraph.Data.ListPlan";

    public static FieldResolver Create(DataFieldOptions options, FieldResolver next) => async context =>
    {
        var model = DataFieldModel.Of(context.Field) ?? throw new InvalidOperationException(
            $"The field \"{context.ParentType.Name}.{context.Field.Name}\" uses data middleware; build the schema with UseData() (or BuildWithData()).");
        if (ProjectionState.TryGet(context.Parent, ResponseKey(context), out var projected))
        {
            return projected;
        }

        var value = await next(context).ConfigureAwait(false);
        if (value is null)
        {
            return null;
        }

        if (value is not System.Collections.IEnumerable sequence)
        {
            throw new InvalidOperationException($"{model.Coordinate} must resolve to an IQueryable<T> or IEnumerable<T>, not {value.GetType().Name}.");
        }

        GraphQLException? failure = null;
        try
        {
            if (InMemoryQueries.IsInMemory(value))
            {
                return await QueryRunner.ExecuteInMemoryAsync(sequence, Prepared(context, model), context.CancellationToken).ConfigureAwait(false);
            }

            var source = (IQueryable)value;
            var plan = SelectionCache.GetOrAdd(context, PlanPurpose, model, Plan);
            return await QueryRunner.ExecuteAsync(source, plan, CompiledRoots.For(context, source, plan), context.CancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when ((failure = DataFailure.Of(model.Coordinate, exception)) is not null)
        {
            throw failure;
        }
    };

    /// <summary>
    /// The field's response key (its alias, else its name), read from its syntax: building the response path for it
    /// would allocate the path of every list item above it.
    /// </summary>
    private static string ResponseKey(IResolverContext context) =>
        context.FieldSelection is [var first, ..] ? (first.Alias ?? first.Name).Value : context.Field.Name;

    /// <summary>The field's plan (filter, order, window, projection) for this request's arguments and selection.</summary>
    private static ListPlan Plan(IResolverContext context, DataFieldModel model) =>
        ListPlanBuilder.Build(new PlanContext(context), model, context.Arguments, context.FieldSelection);

    /// <summary>The in-memory readers of the field's plan, compiled once per request and selection.</summary>
    private static PreparedList Prepared(IResolverContext context, DataFieldModel model) =>
        SelectionCache.GetOrAdd(
            context, PreparedPurpose, model, static (context, model) => InMemoryQueries.Prepare(Plan(context, model)), static prepared => prepared.Reusable);
}
