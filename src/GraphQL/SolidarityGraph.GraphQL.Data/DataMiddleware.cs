using SolidarityGraph.GraphQL.Data.Building;
using SolidarityGraph.GraphQL.Data.Filtering;
using SolidarityGraph.GraphQL.Data.Paging;
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
    public static FieldResolver Create(DataFieldOptions options, FieldResolver next) => async context =>
    {
        var model = DataFieldModel.Of(context.Field) ?? throw new InvalidOperationException(
            $"The field \"{context.ParentType.Name}.{context.Field.Name}\" uses data middleware; build the schema with BuildWithData().");
        if (ProjectionState.TryGet(context.Parent, context.Path.Key as string ?? context.Field.Name, out var projected))
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

        try
        {
            ListPlan Plan() => ListPlanBuilder.Build(new PlanContext(context), model, context.Arguments, context.FieldSelection);
            return InMemoryQueries.IsInMemory(value)
                ? await QueryRunner.ExecuteInMemoryAsync(sequence, InMemoryPlans.For(context, () => InMemoryQueries.Prepare(Plan())), context.CancellationToken).ConfigureAwait(false)
                : await QueryRunner.ExecuteAsync((IQueryable)value, Plan(), context.CancellationToken).ConfigureAwait(false);
        }
        catch (FilterException exception)
        {
            throw new GraphQLException($"{model.Coordinate}: {exception.Message}", DataErrorCodes.InvalidFilter);
        }
        catch (CursorException exception)
        {
            var error = new GraphQLException($"{model.Coordinate}: {exception.Message}", DataErrorCodes.InvalidCursor);
            error.Extensions["reason"] = exception.Reason;
            throw error;
        }
        catch (InvalidOperationException exception)
        {
            // A provider that cannot translate the query (pain point 1 in PARITY.md §14): name the field, keep the cause.
            throw new GraphQLException(
                $"{model.Coordinate}: the data provider cannot translate the query for this selection.", DataErrorCodes.ProjectionFailed, exception);
        }
    };
}
