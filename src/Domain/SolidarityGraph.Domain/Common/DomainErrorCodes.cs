namespace SolidarityGraph.Domain.Common;

/// <summary>
/// Stable codes carried by <see cref="DomainException.Code"/>. Codes never change in patch releases;
/// messages may be reworded.
/// </summary>
public static class DomainErrorCodes
{
    /// <summary>A required value is missing or blank.</summary>
    public const string Required = "REQUIRED";

    /// <summary>
    /// A value is not in its expected form: a country, language or currency code, an ISO 3166-2 or UN M49 code, an
    /// indicator code, a role code, a content hash, a UTC timestamp.
    /// </summary>
    public const string InvalidFormat = "INVALID_FORMAT";

    /// <summary>
    /// A number lies outside its allowed range: a percentage beyond 0–100, a negative count or population, coordinates
    /// beyond ±90/±180, a birth year, a significance, an agreement shorter than a month.
    /// </summary>
    public const string OutOfRange = "OUT_OF_RANGE";

    /// <summary>
    /// A record refers to itself: a project, place or organisation as its own parent, an organisation as its own member
    /// or funder.
    /// </summary>
    public const string SelfReference = "SELF_REFERENCE";

    /// <summary>
    /// An id is not a SolidarityGraph id, a saved entity's id would change, or a referenced record belongs to another
    /// project.
    /// </summary>
    public const string InvalidId = "INVALID_ID";

    /// <summary>
    /// A partial date is not <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> (with an optional <c>~</c>) or names no
    /// real day.
    /// </summary>
    public const string PartialDateInvalid = "PARTIAL_DATE_INVALID";

    /// <summary>The start of a range is after its end.</summary>
    public const string DateRangeInverted = "DATE_RANGE_INVERTED";

    /// <summary>A currency is not three upper-case letters (ISO 4217).</summary>
    public const string MoneyInvalidCurrency = "MONEY_INVALID_CURRENCY";

    /// <summary>An amount has more than <see cref="Money.MaxDecimalPlaces"/> decimal places.</summary>
    public const string MoneyTooPrecise = "MONEY_TOO_PRECISE";

    /// <summary>
    /// A funding amount or a budget value is negative (an unknown amount is null, never a negative or zero
    /// placeholder).
    /// </summary>
    public const string AmountNegative = "AMOUNT_NEGATIVE";

    /// <summary>A funding has an amount but no currency.</summary>
    public const string FundingCurrencyRequired = "FUNDING_CURRENCY_REQUIRED";

    /// <summary>A funding has a currency but its amount is unknown.</summary>
    public const string FundingCurrencyWithoutAmount = "FUNDING_CURRENCY_WITHOUT_AMOUNT";

    /// <summary>A funding names neither a recipient organisation nor a project.</summary>
    public const string FundingTargetRequired = "FUNDING_TARGET_REQUIRED";

    /// <summary>A funder named as its own recipient (reported beside the recipient in the admin and the mutations).</summary>
    public const string FundingSelfFunding = "FUNDING_SELF_FUNDING";

    /// <summary>No share can be derived: the funding's amount is unknown.</summary>
    public const string ShareAmountUnknown = "SHARE_AMOUNT_UNKNOWN";

    /// <summary>No share can be derived: the funding and the budget are in different currencies.</summary>
    public const string ShareCurrencyMismatch = "SHARE_CURRENCY_MISMATCH";

    /// <summary>No share can be derived: the budget is not greater than zero.</summary>
    public const string ShareBudgetNotPositive = "SHARE_BUDGET_NOT_POSITIVE";

    /// <summary>No share can be derived: the funding is larger than the budget.</summary>
    public const string ShareExceedsBudget = "SHARE_EXCEEDS_BUDGET";

    /// <summary>No share can be derived: the budget belongs to another project than the funding.</summary>
    public const string ShareBudgetOfOtherProject = "SHARE_BUDGET_OF_OTHER_PROJECT";

    /// <summary>A CURATED citation or classification names no curator.</summary>
    public const string CitationCuratorRequired = "CITATION_CURATOR_REQUIRED";

    /// <summary>
    /// A DERIVED citation does not say how the value was computed, or a CURATED one gives no rationale.
    /// </summary>
    public const string CitationRationaleRequired = "CITATION_RATIONALE_REQUIRED";

    /// <summary>A quote's character span starts before 0 or does not end after its start.</summary>
    public const string CitationSpanInvalid = "CITATION_SPAN_INVALID";

    /// <summary>A citation names no field it supports.</summary>
    public const string CitationSupportsRequired = "CITATION_SUPPORTS_REQUIRED";

    /// <summary>A place's parent is not a larger kind of place (<see cref="Places.PlaceType"/> order).</summary>
    public const string PlaceHierarchyInvalid = "PLACE_HIERARCHY_INVALID";

    /// <summary>A place and its parent are in different countries.</summary>
    public const string PlaceCountryMismatch = "PLACE_COUNTRY_MISMATCH";

    /// <summary>A classification code is not in its scheme, e.g. SDG goal 18.</summary>
    public const string ClassificationCodeInvalid = "CLASSIFICATION_CODE_INVALID";

    /// <summary>An entrepreneur's consent names no use, or is withdrawn before it was given.</summary>
    public const string ConsentInvalid = "CONSENT_INVALID";

    /// <summary>
    /// Someone else saved the record after it was read: the edit carried a stale version and nothing was saved.
    /// </summary>
    public const string ConcurrencyConflict = "CONCURRENCY_CONFLICT";
}
