using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Execution;
using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Pipeline;

/// <summary>
/// Selects the operation (spec §6.1 GetOperation) and refuses operation types the request may not run, such as a
/// mutation sent with HTTP GET (GraphQL over HTTP). Runs before validation so the refusal does not depend on the
/// document being valid. When no operation can be selected the executor reports that later, after validation.
/// </summary>
internal sealed class OperationPolicyMiddleware(PipelineDelegate next)
{
    public ValueTask InvokeAsync(RequestContext context)
    {
        var operation = Executor.GetOperation(context.Document!, context.Request.OperationName, out _);
        context.Operation = operation;
        if (operation is not null && !IsAllowed(operation.Operation, context.Request.AllowedOperations))
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

    private static bool IsAllowed(OperationType type, AllowedOperations allowed) => type switch
    {
        OperationType.Query => allowed.HasFlag(AllowedOperations.Query),
        OperationType.Mutation => allowed.HasFlag(AllowedOperations.Mutation),
        _ => allowed.HasFlag(AllowedOperations.Subscription),
    };

    private static SourceLocation[] Locate(OperationDefinitionNode operation) =>
        operation.Location is { } location ? new[] { new SourceLocation(location.Line, location.Column) } : Array.Empty<SourceLocation>();
}
