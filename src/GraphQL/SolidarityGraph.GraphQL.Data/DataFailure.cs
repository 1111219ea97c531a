using SolidarityGraph.GraphQL.Data.Filtering;
using SolidarityGraph.GraphQL.Data.Paging;
using SolidarityGraph.GraphQL.Execution;

namespace SolidarityGraph.GraphQL.Data;

/// <summary>
/// Turns what planning or reading a data field can throw into field errors with a stable code, naming the field, so
/// the middleware and resolvers that plan through <see cref="SelectionProjectionExtensions"/> report the same errors.
/// </summary>
internal static class DataFailure
{
    /// <summary>Runs <paramref name="action"/>, translating its known failures.</summary>
    public static T Guard<T>(string coordinate, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception exception) when (Of(coordinate, exception) is { } error)
        {
            throw error;
        }
    }

    /// <summary>The field error for <paramref name="exception"/>, or null when it is not a data failure.</summary>
    public static GraphQLException? Of(string coordinate, Exception exception)
    {
        switch (exception)
        {
            case FilterException:
                return new GraphQLException($"{coordinate}: {exception.Message}", DataErrorCodes.InvalidFilter);
            case CursorException cursor:
                var error = new GraphQLException($"{coordinate}: {exception.Message}", DataErrorCodes.InvalidCursor);
                error.Extensions["reason"] = cursor.Reason;
                return error;
            case InvalidOperationException:
                // A provider that cannot translate the query (pain point 1 in PARITY.md §14): name the field, keep the cause.
                return new GraphQLException(
                    $"{coordinate}: the data provider cannot translate the query for this selection.", DataErrorCodes.ProjectionFailed, exception);
            default:
                return null;
        }
    }
}
