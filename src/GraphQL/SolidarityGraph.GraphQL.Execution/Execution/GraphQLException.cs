using SolidarityGraph.GraphQL.Errors;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>
/// Thrown (or returned as a value) by a resolver to report a field error whose message the caller may see
/// (spec §6.4.4 Handling Execution Errors). Any other exception is masked as an unexpected error.
/// </summary>
public class GraphQLException : Exception
{
    /// <summary>Creates the exception with a message and an optional stable code.</summary>
    public GraphQLException(string message, string? code = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
    }

    /// <summary>The stable code reported as <c>extensions.code</c>, or <see langword="null"/>.</summary>
    public string? Code { get; }

    /// <summary>Extra entries for <c>extensions</c>.</summary>
    public IDictionary<string, object?> Extensions { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);
}
