namespace SolidarityGraph.Api.Infrastructure;

/// <summary>One page of rows plus what the pager and sortable headers need.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, string? Search, string Sort, bool Descending)
{
    /// <summary>Rows shown per page.</summary>
    public const int DefaultPageSize = 20;

    /// <summary>Number of pages (at least 1).</summary>
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>Clamps a requested page number to 1..<paramref name="pageCount"/>.</summary>
    public static int Clamp(int page, int total, int pageSize = DefaultPageSize) =>
        Math.Clamp(page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
}
