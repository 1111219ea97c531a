namespace SolidarityGraph.Domain.Common;

/// <summary>
/// Stable codes carried by <see cref="DomainException.Code"/>. Codes never change in patch releases;
/// messages may be reworded. The names are the documentation; each code is raised by exactly one rule.
/// </summary>
public static class DomainErrorCodes
{
    public const string Required = "REQUIRED";
    public const string InvalidFormat = "INVALID_FORMAT";
    public const string OutOfRange = "OUT_OF_RANGE";
    public const string SelfReference = "SELF_REFERENCE";
    public const string InvalidId = "INVALID_ID";

    public const string PartialDateInvalid = "PARTIAL_DATE_INVALID";
    public const string DateRangeInverted = "DATE_RANGE_INVERTED";

    public const string MoneyInvalidCurrency = "MONEY_INVALID_CURRENCY";
    public const string MoneyTooPrecise = "MONEY_TOO_PRECISE";
    public const string AmountNegative = "AMOUNT_NEGATIVE";

    public const string FundingCurrencyRequired = "FUNDING_CURRENCY_REQUIRED";
    public const string FundingCurrencyWithoutAmount = "FUNDING_CURRENCY_WITHOUT_AMOUNT";
    public const string FundingTargetRequired = "FUNDING_TARGET_REQUIRED";
    public const string FundingSelfFunding = "FUNDING_SELF_FUNDING";
    public const string ShareAmountUnknown = "SHARE_AMOUNT_UNKNOWN";
    public const string ShareCurrencyMismatch = "SHARE_CURRENCY_MISMATCH";
    public const string ShareBudgetNotPositive = "SHARE_BUDGET_NOT_POSITIVE";
    public const string ShareExceedsBudget = "SHARE_EXCEEDS_BUDGET";
    public const string ShareBudgetOfOtherProject = "SHARE_BUDGET_OF_OTHER_PROJECT";

    public const string CitationCuratorRequired = "CITATION_CURATOR_REQUIRED";
    public const string CitationRationaleRequired = "CITATION_RATIONALE_REQUIRED";
    public const string CitationSpanInvalid = "CITATION_SPAN_INVALID";
    public const string CitationSupportsRequired = "CITATION_SUPPORTS_REQUIRED";

    public const string PlaceHierarchyInvalid = "PLACE_HIERARCHY_INVALID";
    public const string PlaceCountryMismatch = "PLACE_COUNTRY_MISMATCH";
    public const string ClassificationCodeInvalid = "CLASSIFICATION_CODE_INVALID";
    public const string ConsentInvalid = "CONSENT_INVALID";

    public const string ConcurrencyConflict = "CONCURRENCY_CONFLICT";
}
