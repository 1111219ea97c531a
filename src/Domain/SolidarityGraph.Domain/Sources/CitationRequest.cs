namespace SolidarityGraph.Domain.Sources;

/// <summary>
/// What a steward or API caller asks to cite (see <see cref="SourceText.Cite"/>): the quote, the subject's fields it
/// supports, how they relate to it, for DERIVED and CURATED citations why, and whether the quote contains personal data
/// (<see cref="CitationPrivacy"/>: then it is withheld from everyone but stewards).
/// </summary>
public sealed record CitationRequest(
    string Quote, IReadOnlyList<string> Supports, AssertionKind Assertion = AssertionKind.Stated, string? Rationale = null, bool ContainsPersonalData = false)
{
    /// <summary>Where the quote starts in the archived text when the steward selected one occurrence of several.</summary>
    public int? SelectedStart { get; init; }
}
