namespace SolidarityGraph.GraphQL.Execution;

/// <summary>
/// Stable <c>extensions.code</c> values of execution errors (spec §6). A code never changes meaning or spelling in
/// a patch release; messages follow graphql-js 17.1.0 wording and may change.
/// </summary>
public static class ExecutionErrorCodes
{
    /// <summary>The document holds no operation (§6.1 GetOperation).</summary>
    public const string NoOperation = "GRAPHQL_NO_OPERATION";

    /// <summary>Several operations and no operation name (§6.1 GetOperation).</summary>
    public const string OperationNameRequired = "GRAPHQL_OPERATION_NAME_REQUIRED";

    /// <summary>No operation has the requested name (§6.1 GetOperation).</summary>
    public const string OperationNotFound = "GRAPHQL_OPERATION_NOT_FOUND";

    /// <summary>The schema has no root type for the operation type (§6.2).</summary>
    public const string RootTypeMissing = "GRAPHQL_ROOT_TYPE_MISSING";

    /// <summary>A variable value cannot be coerced (§6.1.2 CoerceVariableValues).</summary>
    public const string VariableInvalid = "GRAPHQL_VARIABLE_INVALID";

    /// <summary>An argument value cannot be coerced (§6.4.1 CoerceArgumentValues).</summary>
    public const string ArgumentInvalid = "GRAPHQL_ARGUMENT_INVALID";

    /// <summary>A non-null position produced null (§6.4.4 Handling Execution Errors).</summary>
    public const string NonNullViolation = "GRAPHQL_NON_NULL_VIOLATION";

    /// <summary>A leaf value cannot be serialized (§3.5 Result Coercion, §3.9 enum result coercion).</summary>
    public const string ResultCoercionFailed = "GRAPHQL_RESULT_COERCION_FAILED";

    /// <summary>A list position produced a value that is not a list (§6.4.3 CompleteValue).</summary>
    public const string ListExpected = "GRAPHQL_LIST_EXPECTED";

    /// <summary>An abstract type value did not resolve to a possible object type (§6.4.3 ResolveAbstractType).</summary>
    public const string AbstractTypeResolutionFailed = "GRAPHQL_ABSTRACT_TYPE_RESOLUTION_FAILED";

    /// <summary>A resolver reported a field error (a <see cref="GraphQLException"/> without its own code).</summary>
    public const string FieldError = "GRAPHQL_FIELD_ERROR";

    /// <summary>An unexpected exception, masked; <c>extensions.correlationId</c> ties it to the log.</summary>
    public const string UnexpectedExecutionError = "UNEXPECTED_EXECUTION_ERROR";

    /// <summary>The request was cancelled or exceeded its execution timeout.</summary>
    public const string ExecutionCancelled = "GRAPHQL_EXECUTION_CANCELLED";

    /// <summary>Too many variable coercion errors; coercion stopped (graphql-js <c>maxCoercionErrors</c>).</summary>
    public const string TooManyErrors = "GRAPHQL_TOO_MANY_ERRORS";
}
