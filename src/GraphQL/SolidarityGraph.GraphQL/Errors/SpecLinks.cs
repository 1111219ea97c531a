namespace SolidarityGraph.GraphQL.Errors;

/// <summary>The one pinned edition of the GraphQL specification that errors link to (<c>extensions.specifiedBy</c>).</summary>
public static class SpecLinks
{
    /// <summary>Base address of the pinned edition (September 2025).</summary>
    public const string Edition = "https://spec.graphql.org/September2025/";

    /// <summary>§2 Language.</summary>
    public const string Language = Edition + "#sec-Language";

    /// <summary>§2.1 Source Text (lexical grammar).</summary>
    public const string SourceText = Edition + "#sec-Language.Source-Text";

    /// <summary>Appendix B: Grammar Summary.</summary>
    public const string GrammarSummary = Edition + "#sec-Appendix-Grammar-Summary";
}
