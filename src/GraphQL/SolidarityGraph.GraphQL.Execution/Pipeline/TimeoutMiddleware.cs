using SolidarityGraph.GraphQL.Errors;

namespace SolidarityGraph.GraphQL.Pipeline;

/// <summary>
/// Bounds the rest of the pipeline by <see cref="RequestExecutorOptions.ExecutionTimeout"/> and tells a timeout
/// (a request error, <see cref="RequestErrorCodes.ExecutionTimeout"/>) from a caller that went away.
/// </summary>
internal sealed class TimeoutMiddleware(PipelineDelegate next, RequestExecutorOptions options)
{
    private readonly string _message = $"The request exceeded the execution timeout of {Describe(options.ExecutionTimeout)}.";

    public async ValueTask InvokeAsync(RequestContext context)
    {
        var callerToken = context.CancellationToken;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(callerToken);
        if (options.ExecutionTimeout != Timeout.InfiniteTimeSpan)
        {
            timeout.CancelAfter(options.ExecutionTimeout);
        }

        context.CancellationToken = timeout.Token;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            // A phase gave up on cancellation; the outcome is decided below.
        }
        finally
        {
            context.CancellationToken = callerToken;
        }

        if (callerToken.IsCancellationRequested)
        {
            context.Outcome = RequestOutcome.Cancelled;
        }
        else if (timeout.IsCancellationRequested)
        {
            // Whatever partial result the executor produced is dropped: a timed-out request reports one clear error.
            context.Fail(RequestOutcome.Timeout, GraphQLError.Create(_message, RequestErrorCodes.ExecutionTimeout, null));
        }
    }

    private static string Describe(TimeSpan timeout) =>
        timeout.TotalSeconds >= 1 && timeout.Milliseconds == 0 ? $"{timeout.TotalSeconds:0} s" : $"{timeout.TotalMilliseconds:0} ms";
}
