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
        var timeout = TimeoutSource.Rent();
        if (options.ExecutionTimeout != Timeout.InfiniteTimeSpan)
        {
            timeout.CancelAfter(options.ExecutionTimeout);
        }

        // The caller going away cancels the request too (what a linked source does, without a new source per request).
        var link = callerToken.UnsafeRegister(static source => ((CancellationTokenSource)source!).Cancel(), timeout);
        context.CancellationToken = timeout.Token;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            // A phase gave up on cancellation; the outcome is decided below.
        }
        catch
        {
            // An unexpected failure: the source is not reused (disposed once the link to the caller is gone).
            link.Dispose();
            timeout.Dispose();
            throw;
        }
        finally
        {
            context.CancellationToken = callerToken;
            link.Dispose();
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

        TimeoutSource.Return(timeout);
    }

    private static string Describe(TimeSpan timeout) =>
        timeout.TotalSeconds >= 1 && timeout.Milliseconds == 0 ? $"{timeout.TotalSeconds:0} s" : $"{timeout.TotalMilliseconds:0} ms";

    /// <summary>
    /// One reusable source per thread: a request that was not cancelled leaves its source (and the source's timer)
    /// to the next request on the same thread, as Kestrel does with its request-aborted source.
    /// </summary>
    private static class TimeoutSource
    {
        [ThreadStatic]
        private static CancellationTokenSource? _spare;

        public static CancellationTokenSource Rent()
        {
            var source = _spare ?? new CancellationTokenSource();
            _spare = null;
            return source;
        }

        public static void Return(CancellationTokenSource source)
        {
            // TryReset stops the timer and drops registrations; a cancelled source cannot be reused.
            if (_spare is null && source.TryReset())
            {
                _spare = source;
            }
            else
            {
                source.Dispose();
            }
        }
    }
}
