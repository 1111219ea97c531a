using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Privacy;

namespace SolidarityGraph.Domain.Indicators;

/// <summary>Whether a value is a baseline, a target, an achieved value or background context.</summary>
public enum IndicatorValueKind
{
    /// <remarks>The value before the project started.</remarks>
    Baseline,

    /// <remarks>The value the project aims for.</remarks>
    Target,

    /// <remarks>The value achieved, as reported; the kind totals are made of.</remarks>
    Actual,

    /// <remarks>Background, e.g. the population of the area; never counted as an achievement.</remarks>
    Context,
}

/// <summary>How the source words a number: «About 303» is Approx, «more than 20,573» is Gt, «In total, 12» is Eq.</summary>
public enum Comparator
{
    /// <remarks>Exactly the value («In total, 12»).</remarks>
    Eq,

    /// <remarks>About the value («About 303»); a total including it is a lower bound.</remarks>
    Approx,

    /// <remarks>More than the value («more than 20,573»); a total including it is a lower bound.</remarks>
    Gt,

    /// <remarks>At least the value.</remarks>
    Gte,

    /// <remarks>Less than the value.</remarks>
    Lt,

    /// <remarks>At most the value.</remarks>
    Lte,
}

/// <summary>A breakdown dimension such as <c>sex=female</c> or <c>status=invited</c>.</summary>
public sealed record Dimension
{
    /// <summary>Creates a dimension; both parts are required.</summary>
    public Dimension(string name, string value)
    {
        Name = Guard.Required(name, "Dimension name");
        Value = Guard.Required(value, "Dimension value");
    }

    /// <summary>Dimension name.</summary>
    public string Name { get; }

    /// <summary>Dimension value.</summary>
    public string Value { get; }
}

/// <summary>
/// A value reported by a source for an indicator, keeping the source's wording in <see cref="Comparator"/>
/// (DOMAIN.md §4.3, §4.5). Each value carries at least one citation.
/// </summary>
[Privacy(PrivacyClass.A)]
public sealed class IndicatorValue : EntityBase
{
    private IndicatorValue()
    {
        IndicatorId = string.Empty;
        Dimensions = [];
    }

    /// <summary>Creates a reported value.</summary>
    public IndicatorValue(string indicatorId, IndicatorValueKind kind, decimal value, Comparator comparator = Comparator.Eq)
    {
        IndicatorId = Guard.RequiredId(indicatorId, "Indicator value indicator id");
        Kind = kind;
        Value = Money.RequireScale(value, "Indicator value");
        Comparator = comparator;
        Dimensions = [];
    }

    /// <inheritdoc />
    public override NodeKind NodeKind => NodeKind.IndicatorValue;

    /// <remarks>Required and fixed at creation: the indicator the value is reported for.</remarks>
    public string IndicatorId { get; private set; }

    /// <summary>Baseline, target, actual or context.</summary>
    public IndicatorValueKind Kind { get; private set; }

    /// <summary>The number, exact.</summary>
    public decimal Value { get; private set; }

    /// <summary>The source's wording of the number.</summary>
    public Comparator Comparator { get; private set; }

    /// <summary>True when the value only bounds the truth from below, so any total including it is a lower bound.</summary>
    public bool IsLowerBound => Comparator is Comparator.Approx or Comparator.Gt or Comparator.Gte;

    /// <summary>Start of the period the value covers.</summary>
    public PartialDate? PeriodStart { get; private set; }

    /// <summary>End of the period the value covers.</summary>
    public PartialDate? PeriodEnd { get; private set; }

    /// <summary>When the value was true.</summary>
    public PartialDate? AsOf { get; private set; }

    /// <summary>Breakdown, e.g. <c>sex=female</c>.</summary>
    public IReadOnlyList<Dimension> Dimensions { get; private set; }

    /// <summary>Where the value applies, if narrower than the project.</summary>
    public string? PlaceId { get; private set; }

    /// <summary>Free comment (exported to IATI <c>comment</c>).</summary>
    public string? Comment { get; private set; }

    /// <summary>Sets period, date, breakdown, place and comment.</summary>
    public IndicatorValue Qualify(PartialDate? periodStart = null, PartialDate? periodEnd = null, PartialDate? asOf = null,
        IEnumerable<Dimension>? dimensions = null, string? placeId = null, string? comment = null)
    {
        Guard.Ordered(periodStart, periodEnd, "Indicator value period start", "Indicator value period end");
        PeriodStart = periodStart;
        PeriodEnd = periodEnd;
        AsOf = asOf;
        Dimensions = dimensions?.ToArray() ?? [];
        PlaceId = Guard.OptionalId(placeId, "Indicator value place id");
        Comment = Guard.Optional(comment);
        return this;
    }
}
