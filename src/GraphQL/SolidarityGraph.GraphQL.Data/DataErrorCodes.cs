namespace SolidarityGraph.GraphQL.Data;

/// <summary>
/// Stable <c>extensions.code</c> values of the data middleware (paging, filtering, sorting, projections). A code never
/// changes meaning or spelling in a patch release; messages may change.
/// </summary>
public static class DataErrorCodes
{
    /// <summary><c>first</c>, <c>last</c> or <c>take</c> is negative.</summary>
    public const string NegativePageSize = "PAGING_NEGATIVE_PAGE_SIZE";

    /// <summary><c>first</c>, <c>last</c> or <c>take</c> is above the field's maximum page size (never clamped silently).</summary>
    public const string MaxPageSizeExceeded = "PAGING_MAX_PAGE_SIZE_EXCEEDED";

    /// <summary><c>first</c> and <c>last</c> were both given (the Relay spec strongly discourages it; we reject it).</summary>
    public const string FirstAndLast = "PAGING_FIRST_AND_LAST";

    /// <summary>Neither <c>first</c> nor <c>last</c> was given on a field that requires paging boundaries.</summary>
    public const string BoundariesRequired = "PAGING_BOUNDARIES_REQUIRED";

    /// <summary><c>last</c> or <c>before</c> was used on a field that only pages forwards.</summary>
    public const string BackwardPagingNotAllowed = "PAGING_BACKWARD_NOT_ALLOWED";

    /// <summary><c>skip</c> is negative.</summary>
    public const string NegativeSkip = "PAGING_NEGATIVE_SKIP";

    /// <summary>
    /// A cursor is not one this field issued: not base64url, not our format, or issued for another <c>order</c>.
    /// <c>extensions.reason</c> says which: <c>MALFORMED</c> or <c>ORDER_MISMATCH</c>.
    /// </summary>
    public const string InvalidCursor = "PAGING_INVALID_CURSOR";

    /// <summary>A filter value cannot be applied (e.g. <c>in: null</c>, a value of the wrong type).</summary>
    public const string InvalidFilter = "FILTER_INVALID";

    /// <summary>A filter or sort names a protected field the caller is not authorized for.</summary>
    public const string FieldNotAuthorized = "DATA_FIELD_NOT_AUTHORIZED";

    /// <summary>A projection (or the query built from it) cannot be translated by the query provider; the message names the field.</summary>
    public const string ProjectionFailed = "PROJECTION_FAILED";
}
