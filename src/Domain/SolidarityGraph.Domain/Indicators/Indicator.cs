using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Privacy;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Domain.Indicators;

/// <summary>IATI IndicatorMeasure; the numeric values are the IATI codes.</summary>
public enum IndicatorMeasure
{
    /// <remarks>A count or quantity of <c>unitLabel</c>, e.g. women trained.</remarks>
    Unit = 1,

    /// <remarks>A percentage.</remarks>
    Percentage = 2,

    /// <remarks>A category without order.</remarks>
    Nominal = 3,

    /// <remarks>A category on an ordered scale.</remarks>
    Ordinal = 4,

    /// <remarks>Described in words rather than numbers.</remarks>
    Qualitative = 5,
}

/// <summary>
/// What is counted or measured for a result, e.g. <c>SG:WOMEN_TRAINED</c> on a training (DOMAIN.md §4.3, §4.5).
/// Values are reported facts (<see cref="IndicatorValue"/>); observed counts from rows are computed elsewhere.
/// </summary>
[Privacy(PrivacyClass.A)]
public sealed class Indicator : EntityBase
{
    private Indicator()
    {
        ResultId = Code = Title = string.Empty;
    }

    /// <summary>Creates an indicator; the code has no spaces, e.g. <c>SG:WOMEN_TRAINED</c>.</summary>
    public Indicator(string resultId, string code, string title, IndicatorMeasure measure = IndicatorMeasure.Unit)
    {
        ResultId = Guard.RequiredId(resultId, "Indicator result id");
        Code = RequireCode(code);
        Title = Guard.Required(title, "Indicator title");
        Measure = measure;
        Ascending = true;
    }

    /// <inheritdoc />
    public override NodeKind NodeKind => NodeKind.Indicator;

    /// <summary>The result measured.</summary>
    public string ResultId { get; private set; }

    /// <summary>Stable code; values with different codes are never summed.</summary>
    public string Code { get; private set; }

    /// <remarks>Required; what is counted, in words.</remarks>
    public string Title { get; private set; }

    /// <summary>IATI measure.</summary>
    public IndicatorMeasure Measure { get; private set; }

    /// <summary>Unit label such as «women» or «m²».</summary>
    public string? UnitLabel { get; private set; }

    /// <summary>True when higher is better (IATI <c>@ascending</c>).</summary>
    public bool Ascending { get; private set; }

    /// <summary>What is counted: a training, campaign, event, organisation, project or place.</summary>
    public SubjectRef? Subject { get; private set; }

    /// <summary>How rows could reproduce the value, e.g. <c>count(Enrolment where completed)</c>.</summary>
    [Privacy(PrivacyClass.I)]
    public string? Derivation { get; private set; }

    /// <summary>
    /// Replaces the whole editable state at once (the one edit path of the admin and the indicator mutations); a broken
    /// rule names its detail and changes nothing. Result and code are fixed at creation.
    /// </summary>
    public Indicator Edit(IndicatorDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var title = InvalidDetailException.Check(nameof(details.Title), () => Guard.Required(details.Title, "Indicator title"));
        (Title, Measure, UnitLabel, Ascending) = (title, details.Measure, Guard.Optional(details.UnitLabel), details.Ascending);
        (Subject, Derivation) = (details.Subject, Guard.Optional(details.Derivation));
        return this;
    }

    /// <summary>
    /// Corrects the title and the measure. The code is fixed at creation: values are summed by code, so changing it
    /// would silently move reported values into another total.
    /// </summary>
    public Indicator Retitle(string title, IndicatorMeasure measure)
    {
        Title = Guard.Required(title, "Indicator title");
        Measure = measure;
        return this;
    }

    /// <summary>Sets unit, direction, counted subject and derivation.</summary>
    public Indicator Describe(string? unitLabel = null, bool ascending = true, SubjectRef? subject = null, string? derivation = null)
    {
        UnitLabel = Guard.Optional(unitLabel);
        Ascending = ascending;
        Subject = subject;
        Derivation = Guard.Optional(derivation);
        return this;
    }

    private static string RequireCode(string? code)
    {
        var value = Guard.Required(code, "Indicator code");
        return value.Any(char.IsWhiteSpace) ? throw new DomainException(
            DomainErrorCodes.InvalidFormat, $"Indicator code '{value}' must not contain spaces, e.g. SG:WOMEN_TRAINED.") : value;
    }
}
