using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>
/// Executes operations (spec §6 Execution). Resolvers of one request take turns: one runs at a time, and siblings
/// start while earlier ones are parked on DataLoaders, so each level of a query costs one batch per loader. Mutation
/// root fields run strictly one after another (§6.2.2). See <c>ExecutionModel.md</c>.
/// </summary>
public static partial class Executor
{
    /// <summary>
    /// Marks a position that became null because of a non-null violation below it; the error is already recorded
    /// and the null must travel on to the nearest nullable position (spec §6.4.4 Handling Execution Errors).
    /// </summary>
    internal static readonly object PropagatedNull = new();

    private static readonly IReadOnlyDictionary<string, FragmentDefinitionNode> NoFragments = new Dictionary<string, FragmentDefinitionNode>();

    /// <summary>Spec §6.1 ExecuteRequest for queries and mutations.</summary>
    /// <returns>Request errors without data, or the data with any field errors.</returns>
    public static async ValueTask<ExecutionResult> ExecuteAsync(ExecutionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var operation = GetOperation(request.Document, request.OperationName, out var operationError);
        if (operation is null)
        {
            return ExecutionResult.FromRequestErrors(new[] { operationError! });
        }

        var variableErrors = new List<GraphQLError>();
        var variables = VariableValues.CoerceVariableValues(request.Schema, operation, request.Variables, request.Options, variableErrors);
        if (variableErrors.Count > 0)
        {
            return ExecutionResult.FromRequestErrors(variableErrors);
        }

        Dictionary<string, FragmentDefinitionNode>? fragments = null;
        foreach (var definition in request.Document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                (fragments ??= new(StringComparer.Ordinal))[fragment.Name.Value] = fragment;
            }
        }

        var context = new ExecutionContext(request, operation, fragments ?? NoFragments, variables);
        return await ExecuteOperationAsync(context).ConfigureAwait(false);
    }

    /// <summary>
    /// Spec §6.1 GetOperation(document, operationName): the named operation, or the only one. Returns
    /// <see langword="null"/> and a request error when there is no such operation.
    /// </summary>
    public static OperationDefinitionNode? GetOperation(DocumentNode document, string? operationName, out GraphQLError? error)
    {
        ArgumentNullException.ThrowIfNull(document);
        OperationDefinitionNode? found = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            if (operationName is null)
            {
                if (found is not null)
                {
                    error = ExecutionErrors.Request(
                        "Must provide operation name if query contains multiple operations.",
                        ExecutionErrorCodes.OperationNameRequired,
                        ExecutionErrors.ExecutingRequests);
                    return null;
                }

                found = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                found = operation;
            }
        }

        error = found is not null
            ? null
            : operationName is not null
                ? ExecutionErrors.Request($"Unknown operation named \"{operationName}\".", ExecutionErrorCodes.OperationNotFound, ExecutionErrors.ExecutingRequests)
                : ExecutionErrors.Request("Must provide an operation.", ExecutionErrorCodes.NoOperation, ExecutionErrors.ExecutingRequests);
        return found;
    }

    /// <summary>Spec §6.2.1 ExecuteQuery / §6.2.2 ExecuteMutation: the root selection set (serially for mutations).</summary>
    private static async ValueTask<ExecutionResult> ExecuteOperationAsync(ExecutionContext context)
    {
        var rootType = context.Schema.GetRootType(context.Operation.Operation);
        if (rootType is null)
        {
            var name = context.Operation.Operation.ToString().ToLowerInvariant();
            context.AddError(ExecutionErrors.Request(
                $"Schema is not configured to execute {name} operation.",
                ExecutionErrorCodes.RootTypeMissing,
                ExecutionErrors.ExecutingRequests,
                context.Operation));
            return ExecutionResult.FromData(null, context.Errors);
        }

        object? data;
        var scheduler = context.Scheduler;
        var token = scheduler.BeginRequest();
        ExecutionFlow.Fork(scheduler);
        var settled = false;
        try
        {
            var groups = FieldCollector.CollectFields(context, rootType, context.Operation.SelectionSet);
            var execution = context.Operation.Operation == OperationType.Mutation
                ? ExecuteSelectionSetSeriallyAsync(context, groups, rootType, context.Request.RootValue)
                : ExecuteSelectionSetAsync(context, groups, rootType, context.Request.RootValue, null);
            if (!execution.IsCompleted)
            {
                // Everything the root flow could start is started: the scheduler takes over (ExecutionModel.md).
                settled = true;
                scheduler.Settle(token);
            }

            data = await execution.ConfigureAwait(false);
        }
        catch (FieldErrorException exception)
        {
            // A root-level @skip/@include argument that cannot be coerced (only possible without validation).
            context.AddError(ExecutionErrors.Field(exception.Message, exception.Code, exception.SpecifiedBy, Array.Empty<SyntaxNode>(), null));
            data = PropagatedNull;
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            context.AddError(ExecutionErrors.Request(
                "The request was cancelled before execution completed.",
                ExecutionErrorCodes.ExecutionCancelled,
                ExecutionErrors.ExecutingRequests));
            data = PropagatedNull;
        }
        finally
        {
            if (!settled)
            {
                scheduler.ReleaseIfHolder(token);
            }
        }

        return ExecutionResult.FromData(data as ResultMap, context.Errors);
    }
}
