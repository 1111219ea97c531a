namespace SolidarityGraph.Api.Schema;

/// <summary>
/// Stable <c>extensions.code</c> values raised by the domain schema itself (the engine, HTTP and data layers have their
/// own lists). A code never changes meaning or spelling; messages may change.
/// </summary>
public static class ApiErrorCodes
{
    /// <summary>A global ID is malformed, of an unknown type, or of the wrong type; <c>extensions.reason</c> says which.</summary>
    public const string InvalidId = "INVALID_ID";

    /// <summary><c>nodes(ids:)</c> got more IDs than <see cref="Node.NodeQueries.MaxBatchSize"/>.</summary>
    public const string NodeBatchTooLarge = "NODE_BATCH_TOO_LARGE";

    /// <summary>An argument value is outside what the field accepts (e.g. an empty search text).</summary>
    public const string InvalidArgument = "INVALID_ARGUMENT";
}
