using SolidarityGraph.GraphQL.Execution;

namespace SolidarityGraph.GraphQL.Data.Paging;

/// <summary>The validated paging arguments of one request of a field.</summary>
/// <param name="Size">How many items the page holds at most.</param>
/// <param name="Backward">The page is taken from the end (<c>last</c>).</param>
/// <param name="After">The <c>after</c> cursor, if any.</param>
/// <param name="Before">The <c>before</c> cursor, if any.</param>
/// <param name="Skip">The <c>skip</c> of offset paging.</param>
internal sealed record PagingArguments(int Size, bool Backward, string? After, string? Before, int Skip)
{
    /// <summary>Validates <c>first/after/last/before</c>; every violation is a field error with a stable code, never a clamp.</summary>
    /// <exception cref="GraphQLException">An argument is out of range or the combination is not allowed.</exception>
    public static PagingArguments ForCursor(IReadOnlyDictionary<string, object?> arguments, PagingOptions options, string coordinate)
    {
        var first = Int(arguments, "first");
        var last = Int(arguments, "last");
        if (first is not null && last is not null)
        {
            throw Error(DataErrorCodes.FirstAndLast, $"{coordinate}: pass either \"first\" or \"last\", not both.");
        }

        if (first is null && last is null && options.RequirePagingBoundaries)
        {
            throw Error(DataErrorCodes.BoundariesRequired, $"{coordinate}: \"first\" or \"last\" is required.");
        }

        var before = arguments.TryGetValue("before", out var b) ? b as string : null;
        if ((last is not null || before is not null) && !options.AllowBackwardPagination)
        {
            throw Error(DataErrorCodes.BackwardPagingNotAllowed, $"{coordinate}: only forward paging (\"first\", \"after\") is allowed.");
        }

        var size = Check(first, "first", options, coordinate) ?? Check(last, "last", options, coordinate) ?? options.DefaultPageSize;
        return new PagingArguments(size, last is not null, arguments.TryGetValue("after", out var a) ? a as string : null, before, 0);
    }

    /// <summary>Validates <c>skip/take</c>.</summary>
    /// <exception cref="GraphQLException">An argument is out of range.</exception>
    public static PagingArguments ForOffset(IReadOnlyDictionary<string, object?> arguments, PagingOptions options, string coordinate)
    {
        var skip = Int(arguments, "skip") ?? 0;
        if (skip < 0)
        {
            throw Error(DataErrorCodes.NegativeSkip, $"{coordinate}: \"skip\" must not be negative; it was {skip}.");
        }

        var take = Int(arguments, "take");
        if (take is null && options.RequirePagingBoundaries)
        {
            throw Error(DataErrorCodes.BoundariesRequired, $"{coordinate}: \"take\" is required.");
        }

        return new PagingArguments(Check(take, "take", options, coordinate) ?? options.DefaultPageSize, false, null, null, skip);
    }

    private static int? Check(int? value, string name, PagingOptions options, string coordinate)
    {
        if (value < 0)
        {
            throw Error(DataErrorCodes.NegativePageSize, $"{coordinate}: \"{name}\" must not be negative; it was {value}.");
        }

        if (value > options.MaxPageSize)
        {
            throw Error(
                DataErrorCodes.MaxPageSizeExceeded,
                $"{coordinate}: \"{name}\" must not exceed the maximum page size of {options.MaxPageSize}; it was {value}.");
        }

        return value;
    }

    private static int? Int(IReadOnlyDictionary<string, object?> arguments, string name) =>
        arguments.TryGetValue(name, out var value) && value is not null ? Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) : null;

    private static GraphQLException Error(string code, string message) => new(message, code);
}
