using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Events;

/// <summary>
/// The whole editable state of a <see cref="Training"/>, given to <see cref="Training.Edit"/> at once by the admin and
/// the training mutations. The project is not here: it is fixed at creation.
/// </summary>
public sealed record TrainingDetails
{
    /// <summary>Required, never blank.</summary>
    public required string Title { get; init; }

    /// <summary>Who the training is for.</summary>
    public TrainingTargetGroup TargetGroup { get; init; }

    /// <summary>Topics, verbatim.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Organisations that deliver it.</summary>
    public IReadOnlyList<string> DeliveredByIds { get; init; } = [];

    /// <summary>Dated sessions (events) of the programme.</summary>
    public IReadOnlyList<string> EventIds { get; init; } = [];

    /// <summary>The details <paramref name="training"/> has now.</summary>
    public static TrainingDetails Of(Training training)
    {
        ArgumentNullException.ThrowIfNull(training);
        return new TrainingDetails
        {
            Title = training.Title,
            TargetGroup = training.TargetGroup,
            Topics = training.Topics,
            DeliveredByIds = training.DeliveredByOrganisationIds,
            EventIds = training.EventIds,
        };
    }
}
