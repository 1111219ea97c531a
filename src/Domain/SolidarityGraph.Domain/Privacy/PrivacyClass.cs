namespace SolidarityGraph.Domain.Privacy;

/// <summary>Privacy classes of DOMAIN.md §4.2; every type and member has exactly one.</summary>
public enum PrivacyClass
{
    /// <summary>Public: no policy.</summary>
    P,

    /// <summary>Public aggregate: shown only at or above the k-threshold or when a cited public source reports it.</summary>
    A,

    /// <summary>Steward-only personal data.</summary>
    S,

    /// <summary>Sensitive, special-category-like data: steward-only and every read audit-logged.</summary>
    X,

    /// <summary>Internal workflow (review state, notes, curator): steward-only.</summary>
    I,
}
