namespace SolidarityGraph.Client;

/// <summary>Thrown by <see cref="OperationResultExtensions.EnsureNoErrors{TData}"/>; the message names each error's code and path.</summary>
public sealed class GraphQLClientException : Exception
{
    /// <summary>Creates the exception for <paramref name="errors"/>.</summary>
    public GraphQLClientException(IReadOnlyList<IClientError> errors)
        : base(Describe(errors), errors.Select(e => e.Exception).FirstOrDefault(e => e is not null)) => Errors = errors;

    /// <summary>The errors of the result.</summary>
    public IReadOnlyList<IClientError> Errors { get; }

    private static string Describe(IReadOnlyList<IClientError> errors) =>
        errors.Count == 1
            ? Describe(errors[0])
            : $"{errors.Count} errors: " + string.Join("; ", errors.Select(Describe));

    private static string Describe(IClientError error)
    {
        var text = error.Code is null ? error.Message : $"{error.Message} [{error.Code}]";
        return error.Path.Count == 0 ? text : $"{text} at {string.Join('.', error.Path)}";
    }
}
