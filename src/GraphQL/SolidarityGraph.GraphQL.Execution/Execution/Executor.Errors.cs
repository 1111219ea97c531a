using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>Spec §6.4.4 Handling Execution Errors: turning a raised error into a located response error.</summary>
public static partial class Executor
{
    /// <summary>
    /// Records the error raised at a handling point with the locations of the field's selections and the path of
    /// the position. Only <see cref="GraphQLException"/>, returned <see cref="GraphQLError"/>s and the executor's own
    /// errors keep their message; any other exception is masked and reported with a correlation id.
    /// </summary>
    internal static void HandleFieldError(ExecutionContext context, Exception exception, FieldGroup group, ResponsePath path)
    {
        context.AddError(exception switch
        {
            FieldErrorException own => ExecutionErrors.Field(
                own.Message, own.Code, own.SpecifiedBy, own.Node is { } node ? new[] { node } : group.Fields, path),
            ReturnedErrorException returned => Locate(returned.Error, group, path),
            GraphQLException user => new GraphQLError(
                user.Message, ExecutionErrors.Locations(group.Fields), path.ToList(), UserExtensions(user)),
            LeafCoercionException leaf => ExecutionErrors.Field(
                leaf.Message, ExecutionErrorCodes.ResultCoercionFailed, ExecutionErrors.ValueCompletion, group.Fields, path),
            _ => Unexpected(context, exception, group, path),
        });
    }

    private static GraphQLError Locate(GraphQLError error, FieldGroup group, ResponsePath path) =>
        new(
            error.Message,
            error.Locations.Count > 0 ? error.Locations : ExecutionErrors.Locations(group.Fields),
            error.Path ?? path.ToList(),
            error.Extensions.Count > 0 ? error.Extensions : ExecutionErrors.Extensions(ExecutionErrorCodes.FieldError, null));

    private static Dictionary<string, object?> UserExtensions(GraphQLException exception)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [GraphQLError.CodeKey] = exception.Code ?? ExecutionErrorCodes.FieldError,
        };
        foreach (var pair in exception.Extensions)
        {
            extensions[pair.Key] = pair.Value;
        }

        return extensions;
    }

    private static GraphQLError Unexpected(ExecutionContext context, Exception exception, FieldGroup group, ResponsePath path)
    {
        var correlationId = Guid.NewGuid().ToString("N");
        context.Options.OnUnexpectedError?.Invoke(exception, correlationId);
        var extensions = ExecutionErrors.Extensions(ExecutionErrorCodes.UnexpectedExecutionError, null);
        extensions["correlationId"] = correlationId;
        if (context.Options.IncludeExceptionDetails)
        {
            extensions["exception"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["type"] = exception.GetType().FullName,
                ["message"] = exception.Message,
                ["stackTrace"] = exception.StackTrace,
            };
        }

        return new GraphQLError("Unexpected Execution Error", ExecutionErrors.Locations(group.Fields), path.ToList(), extensions);
    }

    /// <summary>Carries a <see cref="GraphQLError"/> a resolver returned as its value to the handling point.</summary>
    private sealed class ReturnedErrorException : Exception
    {
        public ReturnedErrorException(GraphQLError error)
            : base(error.Message) => Error = error;

        public GraphQLError Error { get; }
    }
}
