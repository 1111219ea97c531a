using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Execution.Scheduling;
using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>
/// Executes operations (spec §6 Execution), shaped like graphql-js <c>executeFields</c>/<c>completeValue</c>: the
/// operation is walked synchronously, and a field whose resolver does not finish at once is queued on the request's
/// <see cref="RequestScheduler"/> while its siblings go on, so each level of a query costs one batch per loader.
/// Mutation root fields run strictly one after another (§6.2.2). See <c>ExecutionModel.md</c>.
/// </summary>
public static partial class Executor
{
    /// <summary>
    /// Marks a position that became null because of a non-null violation below it; the error is already recorded
    /// and the null must travel on to the nearest nullable position (spec §6.4.4 Handling Execution Errors).
    /// </summary>
    internal static readonly object PropagatedNull = new();

    /// <summary>The data of a request stopped before its root fields were collected: never read (its outcome is null).</summary>
    private static readonly ResultMap NoData = new(1);

    private static readonly IReadOnlyDictionary<string, FragmentDefinitionNode> NoFragments = new Dictionary<string, FragmentDefinitionNode>();

    /// <summary>Spec §6.1 ExecuteRequest for queries and mutations.</summary>
    /// <returns>Request errors without data, or the data with any field errors.</returns>
    public static ValueTask<ExecutionResult> ExecuteAsync(ExecutionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var operation = GetOperation(request.Document, request.OperationName, out var operationError);
        if (operation is null)
        {
            return new(ExecutionResult.FromRequestErrors(new[] { operationError! }));
        }

        var variableErrors = new List<GraphQLError>();
        var variables = VariableValues.CoerceVariableValues(request.Schema, operation, request.Variables, request.Options, variableErrors);
        if (variableErrors.Count > 0)
        {
            return new(ExecutionResult.FromRequestErrors(variableErrors));
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
        return ExecuteOperationAsync(context);
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

    /// <summary>
    /// Spec §6.2.1 ExecuteQuery / §6.2.2 ExecuteMutation: the root selection set (serially for mutations). A query
    /// whose resolvers all finish synchronously completes here, without any asynchronous step.
    /// </summary>
    private static ValueTask<ExecutionResult> ExecuteOperationAsync(ExecutionContext context)
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
            return new(ExecutionResult.FromData(null, context.Errors));
        }

        context.Scheduler.BeginRequest();
        ExecutionFlow.Fork(context.Scheduler);
        var data = NoData;
        object? outcome;
        try
        {
            var groups = KeptFieldSets.RootFields(context, rootType);
            data = new ResultMap(groups, default, context.ResultValues);
            if (context.Operation.Operation == OperationType.Mutation)
            {
                return FinishAsync(context, data, ExecuteFieldsSeriallyAsync(context, groups, rootType, context.Request.RootValue, data));
            }

            outcome = ExecuteFields(context, groups, rootType, context.Request.RootValue, data, 0);
        }
        catch (Exception exception) when (IsRequestStop(context, exception))
        {
            outcome = Stopped(context, exception);
        }

        return context.Scheduler.HasWork
            ? FinishAsync(context, data, DriveAsync(context, outcome))
            : new(Result(context, data, outcome));
    }

    /// <summary>Runs what the walk queued (parked fields, dispatch rounds, postponed walks) to the end.</summary>
    private static async ValueTask<object?> DriveAsync(ExecutionContext context, object? outcome)
    {
        await context.Scheduler.DriveAsync().ConfigureAwait(false);
        return outcome;
    }

    private static async ValueTask<ExecutionResult> FinishAsync(ExecutionContext context, ResultMap data, ValueTask<object?> execution)
    {
        object? outcome;
        try
        {
            outcome = await execution.ConfigureAwait(false);
        }
        catch (Exception exception) when (IsRequestStop(context, exception))
        {
            outcome = Stopped(context, exception);
        }

        return Result(context, data, outcome);
    }

    private static bool IsRequestStop(ExecutionContext context, Exception exception) =>
        exception is FieldErrorException || IsCancellation(context, exception);

    private static object? Stopped(ExecutionContext context, Exception exception)
    {
        context.Scheduler.EndRequest();
        if (exception is FieldErrorException error)
        {
            // A root-level @skip/@include argument that cannot be coerced (only possible without validation).
            context.AddError(ExecutionErrors.Field(error.Message, error.Code, error.SpecifiedBy, Array.Empty<SyntaxNode>(), null));
        }
        else
        {
            context.AddError(ExecutionErrors.Request(
                "The request was cancelled before execution completed.",
                ExecutionErrorCodes.ExecutionCancelled,
                ExecutionErrors.ExecutingRequests));
        }

        return PropagatedNull;
    }

    private static ExecutionResult Result(ExecutionContext context, ResultMap data, object? outcome)
    {
        context.Scheduler.EndRequest();
        KeptFieldSets.Remember(context);
        var nulled = ReferenceEquals(outcome, PropagatedNull) || data.IsNulled;
        return ExecutionResult.FromData(nulled ? null : data, context.Errors);
    }
}
