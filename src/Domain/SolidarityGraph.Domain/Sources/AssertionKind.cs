namespace SolidarityGraph.Domain.Sources;

/// <summary>How a cited value relates to its source text (DOMAIN.md §4.3, Citation).</summary>
public enum AssertionKind
{
    /// <summary>The value is written verbatim in the source.</summary>
    Stated,

    /// <summary>The source's wording mapped to a code or format, e.g. «Peru» → PE.</summary>
    Normalised,

    /// <summary>Computed from stated values, e.g. a funding share of a budget.</summary>
    Derived,

    /// <summary>A steward's judgement, e.g. an SDG classification or a gender marker.</summary>
    Curated,
}
