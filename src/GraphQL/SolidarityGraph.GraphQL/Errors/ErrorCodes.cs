namespace SolidarityGraph.GraphQL.Errors;

/// <summary>
/// Stable error codes, reported as <c>extensions.code</c>. A code never changes meaning or spelling in a patch release.
/// </summary>
public static class ErrorCodes
{
    /// <summary>The document is not valid GraphQL syntax (spec §2, Appendix B).</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document has more lexical tokens than <c>ParserOptions.MaxTokens</c> allows.</summary>
    public const string MaxTokens = "GRAPHQL_MAX_TOKENS";

    /// <summary>The document nests deeper than <c>ParserOptions.MaxDepth</c> allows.</summary>
    public const string MaxDepth = "GRAPHQL_MAX_DEPTH";

    /// <summary>The document is larger than <c>ParserOptions.MaxDocumentBytes</c> allows.</summary>
    public const string MaxDocumentSize = "GRAPHQL_MAX_DOCUMENT_SIZE";
}
