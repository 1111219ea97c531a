namespace SolidarityGraph.Client;

/// <summary>The outcome of one GraphQL operation: typed data, errors, and what the HTTP response said.</summary>
/// <typeparam name="TData">The operation's result interface, e.g. <c>IGetProjectsResult</c>.</typeparam>
public interface IOperationResult<out TData>
    where TData : class
{
    /// <summary>The typed data; <see langword="null"/> when the server sent none or it could not be read.</summary>
    TData? Data { get; }

    /// <summary>GraphQL errors and transport failures, in the order received; empty on success.</summary>
    IReadOnlyList<IClientError> Errors { get; }

    /// <summary>The HTTP status code; <see langword="null"/> when no response arrived.</summary>
    int? StatusCode { get; }

    /// <summary>The response headers (content headers included), case-insensitive; empty when no response arrived.</summary>
    IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }
}
