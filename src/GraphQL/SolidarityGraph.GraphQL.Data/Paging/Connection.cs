namespace SolidarityGraph.GraphQL.Data.Paging;

/// <summary>A page of a cursor connection, the runtime value of a <c>{Type}Connection</c> field.</summary>
public sealed class Connection
{
    private readonly Func<CancellationToken, ValueTask<int>>? _totalCount;

    /// <summary>Creates a page; <paramref name="totalCount"/> runs only when <c>totalCount</c> is selected.</summary>
    public Connection(IReadOnlyList<Edge> edges, ConnectionPageInfo pageInfo, Func<CancellationToken, ValueTask<int>>? totalCount = null)
    {
        Edges = edges ?? throw new ArgumentNullException(nameof(edges));
        PageInfo = pageInfo ?? throw new ArgumentNullException(nameof(pageInfo));
        _totalCount = totalCount;
    }

    /// <summary>The edges in order.</summary>
    public IReadOnlyList<Edge> Edges { get; }

    /// <summary>The nodes of <see cref="Edges"/>.</summary>
    public IEnumerable<object> Nodes => Edges.Select(e => e.Node);

    /// <summary>Where the page lies in the whole list.</summary>
    public ConnectionPageInfo PageInfo { get; }

    /// <summary>The number of items in the whole (filtered) list.</summary>
    /// <exception cref="InvalidOperationException">The connection was created without a total count.</exception>
    public ValueTask<int> GetTotalCountAsync(CancellationToken cancellationToken) =>
        _totalCount?.Invoke(cancellationToken) ?? throw new InvalidOperationException("This connection has no total count.");
}

/// <summary>An item of a connection with its cursor.</summary>
/// <param name="Cursor">Opaque and URL-safe; pass it as <c>after</c> or <c>before</c>.</param>
/// <param name="Node">The item.</param>
public sealed record Edge(string Cursor, object Node);

/// <summary>The Relay <c>PageInfo</c> of a page.</summary>
/// <param name="HasNextPage">Items follow the page.</param>
/// <param name="HasPreviousPage">Items precede the page.</param>
/// <param name="StartCursor">The first edge's cursor, or null for an empty page.</param>
/// <param name="EndCursor">The last edge's cursor, or null for an empty page.</param>
public sealed record ConnectionPageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>A page of an offset-paged field, the runtime value of a <c>{Type}CollectionSegment</c> field.</summary>
/// <param name="Items">The items of the page.</param>
/// <param name="Info">Whether items precede or follow the page.</param>
/// <param name="TotalCount">Counts the whole (filtered) list; runs only when <c>totalCount</c> is selected.</param>
public sealed record CollectionSegment(IReadOnlyList<object> Items, CollectionSegmentInfo Info, Func<CancellationToken, ValueTask<int>>? TotalCount);

/// <summary>The <c>CollectionSegmentInfo</c> of an offset page.</summary>
/// <param name="HasNextPage">Items follow the page.</param>
/// <param name="HasPreviousPage">Items precede the page.</param>
public sealed record CollectionSegmentInfo(bool HasNextPage, bool HasPreviousPage);
