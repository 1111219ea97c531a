using System.Collections;

namespace SolidarityGraph.GraphQL.Data;

/// <summary>
/// The items a resolver read through <see cref="SelectionProjection{T}.Window"/>, with the total count when the field
/// selects <c>totalCount</c> (<see cref="SelectionProjection{T}.Count"/>). The data middleware pages these items as it
/// would any list, but takes the count from here: a window holds at most one page.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="items">The window's items.</param>
/// <param name="totalCount">The filtered count, when <c>totalCount</c> is selected.</param>
/// <param name="inWindowOrder">
/// Whether <paramref name="items"/> are exactly what the window returned, in its order: filtered, within the cursor
/// bounds, sorted by the window's <c>OrderBy</c> (whose last key is the unique key, so there are no ties) and cut to its
/// <c>Take</c>, e.g. read by a database statement whose <c>ORDER BY</c> is the window's. The middleware then takes them
/// as they are instead of filtering, sorting and cutting them again. Leave it false for items in any other order.
/// </param>
public sealed class WindowedList<T>(IReadOnlyList<T> items, int? totalCount, bool inWindowOrder = false) : IReadOnlyList<T>, IWindowedList
{
    // A window is immutable, so every parent without items shares one (a list of parents has many).
    private static readonly WindowedList<T> EmptyUncounted = new(Array.Empty<T>(), null, inWindowOrder: true);
    private static readonly WindowedList<T> EmptyCounted = new(Array.Empty<T>(), 0, inWindowOrder: true);

    /// <summary>An empty window (a parent without items) with the given count.</summary>
    public static WindowedList<T> Empty(int? totalCount) => totalCount switch
    {
        null => EmptyUncounted,
        0 => EmptyCounted,
        _ => new(Array.Empty<T>(), totalCount, inWindowOrder: true),
    };

    /// <inheritdoc />
    public int? TotalCount => totalCount;

    /// <inheritdoc />
    public bool InWindowOrder => inWindowOrder;

    /// <inheritdoc />
    public int Count => items.Count;

    /// <inheritdoc />
    public T this[int index] => items[index];

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>What the middleware reads of a <see cref="WindowedList{T}"/> without knowing its item type.</summary>
internal interface IWindowedList
{
    /// <summary>The count of every item the filter matches, when it was read.</summary>
    int? TotalCount { get; }

    /// <summary>Whether the items are the window's result in its order, so the plan need not be applied again.</summary>
    bool InWindowOrder { get; }
}
