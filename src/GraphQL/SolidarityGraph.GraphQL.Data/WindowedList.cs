using System.Collections;

namespace SolidarityGraph.GraphQL.Data;

/// <summary>
/// The items a resolver read through <see cref="SelectionProjection{T}.Window"/>, with the total count when the field
/// selects <c>totalCount</c> (<see cref="SelectionProjection{T}.Count"/>). The data middleware pages these items as it
/// would any list, but takes the count from here: a window holds at most one page.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class WindowedList<T>(IReadOnlyList<T> items, int? totalCount) : IReadOnlyList<T>, IWindowedList
{
    /// <summary>An empty window (a parent without items) with the given count.</summary>
    public static WindowedList<T> Empty(int? totalCount) => new(Array.Empty<T>(), totalCount);

    /// <inheritdoc />
    public int? TotalCount => totalCount;

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
}
