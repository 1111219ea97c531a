using Microsoft.EntityFrameworkCore;

namespace SolidarityGraph.Api.Infrastructure;

/// <summary>One page of rows plus what the pager and sortable headers need.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, string? Search, string Sort, bool Descending)
{
    /// <summary>Rows shown per page.</summary>
    public const int DefaultPageSize = 20;

    /// <summary>Number of pages (at least 1).</summary>
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>Clamps a requested page number to 1..the number of pages <paramref name="total"/> items fill.</summary>
    public static int Clamp(int page, int total, int pageSize = DefaultPageSize) =>
        Math.Clamp(page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));

    /// <summary>Reads page <paramref name="page"/> (clamped to the pages there are) of an ordered query, with its total.</summary>
    public static async Task<Paged<T>> ReadAsync(IQueryable<T> ordered, int page, string? search, string sort, bool descending)
    {
        var total = await ordered.CountAsync();
        page = Clamp(page, total);
        var items = await ordered.Skip((page - 1) * DefaultPageSize).Take(DefaultPageSize).ToListAsync();
        return new Paged<T>(items, page, DefaultPageSize, total, search, sort, descending);
    }

    /// <summary>Page <paramref name="page"/> (clamped) of rows already in memory.</summary>
    public static Paged<T> Of(IReadOnlyList<T> all, int page, string? search, string sort, bool descending)
    {
        page = Clamp(page, all.Count);
        return new Paged<T>(all.Skip((page - 1) * DefaultPageSize).Take(DefaultPageSize).ToList(), page, DefaultPageSize, all.Count, search, sort, descending);
    }
}
