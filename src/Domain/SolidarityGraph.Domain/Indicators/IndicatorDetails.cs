using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Domain.Indicators;

/// <summary>
/// The whole editable state of an <see cref="Indicator"/>, given to <see cref="Indicator.Edit"/> at once by the admin
/// and the indicator mutations. Result and code are not here: they are fixed at creation (values are summed by code).
/// </summary>
public sealed record IndicatorDetails
{
    /// <summary>Required, never blank.</summary>
    public required string Title { get; init; }

    /// <summary>IATI measure.</summary>
    public IndicatorMeasure Measure { get; init; } = IndicatorMeasure.Unit;

    /// <summary>Unit label such as «women».</summary>
    public string? UnitLabel { get; init; }

    /// <summary>True when higher is better.</summary>
    public bool Ascending { get; init; } = true;

    /// <summary>What is counted: a training, campaign, event, organisation, project or place.</summary>
    public SubjectRef? Subject { get; init; }

    /// <summary>How rows could reproduce the value.</summary>
    public string? Derivation { get; init; }

    /// <summary>The details <paramref name="indicator"/> has now.</summary>
    public static IndicatorDetails Of(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return new IndicatorDetails
        {
            Title = indicator.Title,
            Measure = indicator.Measure,
            UnitLabel = indicator.UnitLabel,
            Ascending = indicator.Ascending,
            Subject = indicator.Subject,
            Derivation = indicator.Derivation,
        };
    }
}
