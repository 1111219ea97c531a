using System.Diagnostics.CodeAnalysis;

namespace SolidarityGraph.Client;

/// <summary>Checks on results, named as in Strawberry Shake so its users can move code over.</summary>
public static class OperationResultExtensions
{
    /// <summary>Throws <see cref="GraphQLClientException"/> carrying every error when the result has any.</summary>
    public static void EnsureNoErrors<TData>(this IOperationResult<TData> result)
        where TData : class
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Errors.Count > 0)
        {
            throw new GraphQLClientException(result.Errors);
        }
    }

    /// <summary>True when the result has data and no error.</summary>
    public static bool IsSuccessResult<TData>(this IOperationResult<TData> result)
        where TData : class
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Errors.Count == 0 && result.Data is not null;
    }

    /// <summary>True when the result has at least one error.</summary>
    public static bool IsErrorResult<TData>(this IOperationResult<TData> result)
        where TData : class
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Errors.Count > 0;
    }

    /// <summary>The data, or a <see cref="GraphQLClientException"/> when there are errors or no data.</summary>
    public static TData EnsureData<TData>([NotNull] this IOperationResult<TData>? result)
        where TData : class
    {
        ArgumentNullException.ThrowIfNull(result);
        result.EnsureNoErrors();
        return result.Data ?? throw new GraphQLClientException([new ClientError("The response carried no data.", ClientErrorCodes.ResponseShape)]);
    }
}
