namespace SolidarityGraph.Client;

/// <summary>The immutable <see cref="IOperationResult{TData}"/> built by the transport.</summary>
public sealed class OperationResult<TData> : IOperationResult<TData>
    where TData : class
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoHeaders =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates a result.</summary>
    public OperationResult(
        TData? data,
        IReadOnlyList<IClientError> errors,
        int? statusCode = null,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? headers = null)
    {
        Data = data;
        Errors = errors;
        StatusCode = statusCode;
        Headers = headers ?? NoHeaders;
    }

    /// <inheritdoc/>
    public TData? Data { get; }

    /// <inheritdoc/>
    public IReadOnlyList<IClientError> Errors { get; }

    /// <inheritdoc/>
    public int? StatusCode { get; }

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }
}
