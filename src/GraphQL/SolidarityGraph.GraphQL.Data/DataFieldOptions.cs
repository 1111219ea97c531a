using SolidarityGraph.GraphQL.Data.Paging;

namespace SolidarityGraph.GraphQL.Data;

/// <summary>The data features of one field, stored in its <c>ContextData</c> under <see cref="Key"/>.</summary>
internal sealed class DataFieldOptions
{
    public const string Key = "SolidarityGraph.Data.Field";

    public PagingOptions? Paging { get; set; }

    public PagingOptions? OffsetPaging { get; set; }

    public bool Projection { get; set; }

    public bool Filtering { get; set; }

    public bool Sorting { get; set; }

    /// <summary>The <c>Use…</c> calls in order, checked against <c>UsePaging &gt; UseProjection &gt; UseFiltering &gt; UseSorting</c>.</summary>
    public List<DataFeature> Order { get; } = new();

    public bool IsList => Paging is null && OffsetPaging is null;
}

/// <summary>The data middlewares, in their required order (PARITY.md §3 "Middleware order").</summary>
internal enum DataFeature
{
    Paging,
    Projection,
    Filtering,
    Sorting,
}

/// <summary>Per-member data flags, stored in a field's <c>ContextData</c> (e.g. by <c>IsFilterable(false)</c>).</summary>
internal static class MemberFlags
{
    public const string Filterable = "SolidarityGraph.Data.Filterable";

    public const string Sortable = "SolidarityGraph.Data.Sortable";

    public const string Projected = "SolidarityGraph.Data.Projected";

    public const string Member = "SolidarityGraph.Data.Member";

    /// <summary>The member holds one stored value read whole (<c>true</c>), set by <c>IsStoredWhole()</c>.</summary>
    public const string StoredWhole = "SolidarityGraph.Data.StoredWhole";

    /// <summary>The parent's CLR members a custom resolver reads (<c>string[]</c>), set by <c>Requires(...)</c>.</summary>
    public const string Requires = "SolidarityGraph.Data.Requires";

    /// <summary>The row-by-row withholding of the member's value (<see cref="Withholding"/>), set by <c>WithheldWhen(...)</c>.</summary>
    public const string Withheld = "SolidarityGraph.Data.Withheld";
}

/// <summary>Where <paramref name="FlagMember"/> is true, only callers passing <paramref name="Policy"/> may learn the value.</summary>
internal sealed record Withholding(string FlagMember, string Policy);
