namespace SolidarityGraph.GraphQL.Pipeline;

/// <summary>
/// Refuses operations beyond <see cref="OperationLimits"/> (depth, fields, aliases) before any resolver runs. Runs
/// after validation, which guarantees known fragments without cycles.
/// </summary>
internal sealed class OperationLimitsMiddleware(PipelineDelegate next, OperationLimits limits)
{
    public ValueTask InvokeAsync(RequestContext context)
    {
        if (context.Operation is { } operation
            && OperationLimitsAnalyzer.Check(context.Document!, operation, limits) is { } error)
        {
            context.Fail(RequestOutcome.RequestError, error);
            return ValueTask.CompletedTask;
        }

        return next(context);
    }
}
