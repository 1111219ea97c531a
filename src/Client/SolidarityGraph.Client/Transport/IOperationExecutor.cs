namespace SolidarityGraph.Client;

/// <summary>Sends operations and turns every outcome, failures included, into an <see cref="IOperationResult{TData}"/>.</summary>
public interface IOperationExecutor
{
    /// <summary>Sends <paramref name="request"/> and reads <c>data</c> with <paramref name="parse"/>.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<IOperationResult<TData>> ExecuteAsync<TData>(OperationRequest request, DataParser<TData> parse, CancellationToken cancellationToken)
        where TData : class;
}
