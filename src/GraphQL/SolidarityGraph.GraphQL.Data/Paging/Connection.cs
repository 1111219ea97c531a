namespace SolidarityGraph.GraphQL.Data.Paging;

/// <summary>
/// A page of a cursor connection, the runtime value of a <c>{Type}Connection</c> field. A page read by the data
/// middleware holds its nodes and encodes a cursor only when one is asked for (<c>edges</c>, <c>cursor</c>,
/// <c>pageInfo { startCursor endCursor }</c>): most queries select <c>nodes</c> only.
/// </summary>
public sealed class Connection
{
    private readonly Func<CancellationToken, ValueTask<int>>? _totalCount;
    private readonly IReadOnlyList<object>? _nodes;
    private readonly PageCursors? _cursors;
    private readonly bool _hasNextPage;
    private readonly bool _hasPreviousPage;
    private IReadOnlyList<Edge>? _edges;
    private ConnectionPageInfo? _pageInfo;

    /// <summary>Creates a page; <paramref name="totalCount"/> runs only when <c>totalCount</c> is selected.</summary>
    public Connection(IReadOnlyList<Edge> edges, ConnectionPageInfo pageInfo, Func<CancellationToken, ValueTask<int>>? totalCount = null)
    {
        _edges = edges ?? throw new ArgumentNullException(nameof(edges));
        _pageInfo = pageInfo ?? throw new ArgumentNullException(nameof(pageInfo));
        _totalCount = totalCount;
    }

    /// <summary>A page of <paramref name="nodes"/> whose cursors <paramref name="cursors"/> encodes on demand.</summary>
    internal Connection(
        IReadOnlyList<object> nodes, PageCursors cursors, bool hasNextPage, bool hasPreviousPage, Func<CancellationToken, ValueTask<int>>? totalCount)
    {
        _nodes = nodes;
        _cursors = cursors;
        _hasNextPage = hasNextPage;
        _hasPreviousPage = hasPreviousPage;
        _totalCount = totalCount;
    }

    /// <summary>The edges in order.</summary>
    public IReadOnlyList<Edge> Edges => _edges ??= CreateEdges();

    /// <summary>The nodes of <see cref="Edges"/>.</summary>
    public IEnumerable<object> Nodes => _nodes ?? Edges.Select(e => e.Node);

    /// <summary>Where the page lies in the whole list.</summary>
    public ConnectionPageInfo PageInfo => _pageInfo ??= new ConnectionPageInfo(_hasNextPage, _hasPreviousPage, _cursors!, _nodes!.Count);

    /// <summary>The number of items in the whole (filtered) list.</summary>
    /// <exception cref="InvalidOperationException">The connection was created without a total count.</exception>
    public ValueTask<int> GetTotalCountAsync(CancellationToken cancellationToken) =>
        _totalCount?.Invoke(cancellationToken) ?? throw new InvalidOperationException("This connection has no total count.");

    private Edge[] CreateEdges()
    {
        var edges = new Edge[_nodes!.Count];
        for (var i = 0; i < edges.Length; i++)
        {
            edges[i] = new Edge(_cursors!, i, _nodes[i]);
        }

        return edges;
    }
}

/// <summary>An item of a connection with its cursor.</summary>
public sealed class Edge
{
    private readonly PageCursors? _cursors;
    private readonly int _index;
    private string? _cursor;

    /// <summary>Creates an edge.</summary>
    /// <param name="cursor">Opaque and URL-safe; pass it as <c>after</c> or <c>before</c>.</param>
    /// <param name="node">The item.</param>
    public Edge(string cursor, object node)
    {
        _cursor = cursor ?? throw new ArgumentNullException(nameof(cursor));
        Node = node;
    }

    internal Edge(PageCursors cursors, int index, object node)
    {
        _cursors = cursors;
        _index = index;
        Node = node;
    }

    /// <summary>Opaque and URL-safe; pass it as <c>after</c> or <c>before</c>.</summary>
    public string Cursor => _cursor ??= _cursors!.At(_index);

    /// <summary>The item.</summary>
    public object Node { get; }
}

/// <summary>The Relay <c>PageInfo</c> of a page.</summary>
public sealed class ConnectionPageInfo
{
    private readonly PageCursors? _cursors;
    private readonly int _count;
    private readonly string? _startCursor;
    private readonly string? _endCursor;

    /// <summary>Creates the page info.</summary>
    /// <param name="hasNextPage">Items follow the page.</param>
    /// <param name="hasPreviousPage">Items precede the page.</param>
    /// <param name="startCursor">The first edge's cursor, or null for an empty page.</param>
    /// <param name="endCursor">The last edge's cursor, or null for an empty page.</param>
    public ConnectionPageInfo(bool hasNextPage, bool hasPreviousPage, string? startCursor, string? endCursor)
    {
        HasNextPage = hasNextPage;
        HasPreviousPage = hasPreviousPage;
        _startCursor = startCursor;
        _endCursor = endCursor;
    }

    internal ConnectionPageInfo(bool hasNextPage, bool hasPreviousPage, PageCursors cursors, int count)
    {
        HasNextPage = hasNextPage;
        HasPreviousPage = hasPreviousPage;
        _cursors = cursors;
        _count = count;
    }

    /// <summary>Items follow the page.</summary>
    public bool HasNextPage { get; }

    /// <summary>Items precede the page.</summary>
    public bool HasPreviousPage { get; }

    /// <summary>The first edge's cursor, or null for an empty page.</summary>
    public string? StartCursor => _cursors is null ? _startCursor : _count == 0 ? null : _cursors.At(0);

    /// <summary>The last edge's cursor, or null for an empty page.</summary>
    public string? EndCursor => _cursors is null ? _endCursor : _count == 0 ? null : _cursors.At(_count - 1);
}

/// <summary>A page of an offset-paged field, the runtime value of a <c>{Type}CollectionSegment</c> field.</summary>
/// <param name="Items">The items of the page.</param>
/// <param name="Info">Whether items precede or follow the page.</param>
/// <param name="TotalCount">Counts the whole (filtered) list; runs only when <c>totalCount</c> is selected.</param>
public sealed record CollectionSegment(IReadOnlyList<object> Items, CollectionSegmentInfo Info, Func<CancellationToken, ValueTask<int>>? TotalCount);

/// <summary>The <c>CollectionSegmentInfo</c> of an offset page.</summary>
/// <param name="HasNextPage">Items follow the page.</param>
/// <param name="HasPreviousPage">Items precede the page.</param>
public sealed record CollectionSegmentInfo(bool HasNextPage, bool HasPreviousPage);
