namespace SolidarityGraph.GraphQL.Pipeline;

/// <summary>
/// Refuses operations beyond <see cref="OperationLimits"/> (depth, fields, aliases) before any resolver runs, checked
/// once per prepared operation. Runs after validation, which guarantees known fragments without cycles.
/// </summary>
internal sealed class OperationLimitsMiddleware(PipelineDelegate next, OperationLimits limits)
{
    public ValueTask InvokeAsync(RequestContext context)
    {
        var error = context.PreparedOperation is { } prepared
            ? prepared.CheckLimits(context.Document!, limits)
            : context.Operation is { } operation ? OperationLimitsAnalyzer.Check(context.Document!, operation, limits) : null;
        if (error is not null)
        {
            context.Fail(RequestOutcome.RequestError, error);
            return ValueTask.CompletedTask;
        }

        return next(context);
    }
}
