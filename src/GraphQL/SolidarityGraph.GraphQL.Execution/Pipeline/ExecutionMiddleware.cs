using SolidarityGraph.GraphQL.Execution;

namespace SolidarityGraph.GraphQL.Pipeline;

/// <summary>
/// Spec §6: runs the operation. Variable coercion (§6.1.2 CoerceVariableValues) happens inside
/// <see cref="Executor.ExecuteAsync"/>, which does not expose it separately; a coercion failure comes back as a
/// result without <c>data</c> and is classified here as a request error.
/// </summary>
internal sealed class ExecutionMiddleware(PipelineDelegate next, ExecutionOptions options)
{
    public async ValueTask InvokeAsync(RequestContext context)
    {
        var request = context.Request;
        var result = await Executor.ExecuteAsync(new ExecutionRequest(context.Schema, context.Document!)
        {
            OperationName = request.OperationName,
            Variables = request.Variables,
            Services = context.Services,
            ContextData = request.ContextData,
            CancellationToken = context.CancellationToken,
            Options = options,
        }).ConfigureAwait(false);

        context.Result = result;
        context.Outcome = result.HasData ? RequestOutcome.Executed : RequestOutcome.RequestError;
        await next(context).ConfigureAwait(false);
    }
}
