using SolidarityGraph.GraphQL.Errors;

namespace SolidarityGraph.GraphQL.Pipeline;

/// <summary>
/// The outermost phase: a failure of the pipeline itself (not of a resolver; the executor masks those) becomes a
/// masked request error with a correlation id, and the exception goes to
/// <see cref="RequestExecutorOptions.OnUnexpectedError"/> (PARITY.md §5). Cancellation passes through.
/// </summary>
internal sealed class UnexpectedErrorMiddleware(PipelineDelegate next, RequestExecutorOptions options)
{
    public async ValueTask InvokeAsync(RequestContext context)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            var correlationId = Guid.NewGuid().ToString("N");
            options.OnUnexpectedError?.Invoke(exception, correlationId);
            var extensions = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                [GraphQLError.CodeKey] = RequestErrorCodes.UnexpectedError,
                ["correlationId"] = correlationId,
            };
            if (options.IncludeExceptionDetails)
            {
                extensions["exception"] = new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["type"] = exception.GetType().FullName,
                    ["message"] = exception.Message,
                    ["stackTrace"] = exception.StackTrace,
                };
            }

            context.Fail(RequestOutcome.UnexpectedError, new GraphQLError("Unexpected Execution Error", extensions: extensions));
        }
    }
}
