namespace SolidarityGraph.GraphQL.Data.Paging;

/// <summary>Options of a cursor or offset paged field; the defaults equal Hot Chocolate's (PARITY.md §2).</summary>
public sealed class PagingOptions
{
    /// <summary>The page size when neither <c>first</c> nor <c>last</c> (or <c>take</c>) is given. Default 10.</summary>
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>The largest accepted page size; larger requests fail with <see cref="DataErrorCodes.MaxPageSizeExceeded"/>. Default 50.</summary>
    public int MaxPageSize { get; set; } = 50;

    /// <summary>Adds <c>totalCount: Int!</c> to the connection; it is computed only when selected. Default false.</summary>
    public bool IncludeTotalCount { get; set; }

    /// <summary>Offers <c>last</c> and <c>before</c>. Default true.</summary>
    public bool AllowBackwardPagination { get; set; } = true;

    /// <summary>Requires <c>first</c> or <c>last</c> on every request. Default false.</summary>
    public bool RequirePagingBoundaries { get; set; }

    /// <summary>
    /// The connection type name prefix; default the node type name (<c>Project</c> → <c>ProjectConnection</c>,
    /// <c>ProjectEdge</c>), so every field paging over one type shares one connection type.
    /// </summary>
    public string? ConnectionName { get; set; }

    /// <summary>
    /// The CLR member that identifies a node uniquely and stably: the last sort key of every page, so cursors stay
    /// stable when other sort keys tie. Default: a member marked <c>[Key]</c>, else <c>Id</c>, else <c>{Type}Id</c>.
    /// </summary>
    public string? KeyMember { get; set; }

    internal PagingOptions Copy() => (PagingOptions)MemberwiseClone();
}
