using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Execution;
using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Pipeline;

/// <summary>
/// Selects the operation (spec §6.1 GetOperation, remembered by the prepared document) and refuses operation types
/// the request may not run, such as a mutation sent with HTTP GET (GraphQL over HTTP). Runs before validation so the
/// refusal does not depend on the document being valid. When no operation can be selected the executor reports that
/// later, after validation.
/// </summary>
internal sealed class OperationPolicyMiddleware(PipelineDelegate next)
{
    public ValueTask InvokeAsync(RequestContext context)
    {
        var operationName = context.Request.OperationName;
        if (context.PreparedDocument is { } prepared)
        {
            context.PreparedOperation = prepared.Operation(operationName);
            context.Operation = context.PreparedOperation?.Operation;
        }
        else
        {
            context.Operation = Executor.GetOperation(context.Document!, operationName, out _);
        }

        if (context.Operation is { } operation && !IsAllowed(operation.Operation, context.Request.AllowedOperations))
        {
            var kind = operation.Operation.ToString().ToLowerInvariant();
            context.Fail(RequestOutcome.OperationNotAllowed, GraphQLError.Create(
                $"Operations of type \"{kind}\" are not allowed for this request.",
                RequestErrorCodes.OperationNotAllowed,
                null,
                Locate(operation)));
            return ValueTask.CompletedTask;
        }

        return next(context);
    }

    private static bool IsAllowed(OperationType type, AllowedOperations allowed) => (allowed & Required(type)) != 0;

    private static AllowedOperations Required(OperationType type) => type switch
    {
        OperationType.Query => AllowedOperations.Query,
        OperationType.Mutation => AllowedOperations.Mutation,
        _ => AllowedOperations.Subscription,
    };

    private static SourceLocation[] Locate(OperationDefinitionNode operation) =>
        operation.Location is { } location ? new[] { new SourceLocation(location.Line, location.Column) } : Array.Empty<SourceLocation>();
}
